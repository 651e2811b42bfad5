package com.akeneokhaos.sandbox.khaos;

import static com.akeneokhaos.sandbox.khaos.StockFixtures.item;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.stockChanges;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class KhaosSimulatorOrderImportTest extends FakeChannelTestBase {

	@BeforeEach
	void loadStock() {
		ObjectNode discontinued = item("3", "OLD-1");
		((ObjectNode) discontinued.get("Options")).put("Discontinued", true);
		channel.pages(stockChanges(item("1", "SKU-1"), item("2", "007"), discontinued));
		simulator.pollOnce();
	}

	@Test
	void anOrderForKnownLiveCodesImports() {
		// when
		OrderImportCheck check = simulator.wouldOrderImport(List.of("SKU-1", "sku-1", "007"));

		// then
		assertThat(check).isEqualTo(new OrderImportCheck(true, List.of(), List.of()));
	}

	@Test
	void oneUnknownCodeFailsTheWholeOrder() {
		// when
		OrderImportCheck check = simulator.wouldOrderImport(List.of("SKU-1", "SKU-404", "7"));

		// then
		assertThat(check.ok()).isFalse();
		assertThat(check.unknownCodes()).containsExactly("SKU-404", "7");
		assertThat(check.discontinuedCodes()).isEmpty();
	}

	@Test
	void aDiscontinuedCodeFailsTheWholeOrder() {
		// when
		OrderImportCheck check = simulator.wouldOrderImport(List.of("SKU-1", "OLD-1"));

		// then
		assertThat(check.ok()).isFalse();
		assertThat(check.discontinuedCodes()).containsExactly("OLD-1");
		assertThat(check.unknownCodes()).isEmpty();
	}

}
