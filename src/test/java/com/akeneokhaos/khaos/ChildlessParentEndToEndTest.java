package com.akeneokhaos.khaos;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sync.ItemKeys;
import com.akeneokhaos.sync.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, "variant moved to another model": every variant of a model moves to another model; each is
 * relinked to its new parent, and the old parent, left without children, is discontinued (not deleted).
 */
class ChildlessParentEndToEndTest extends KhaosServiceTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(3131L, 20).withModels(4, 0, 3));

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CATALOGUE);

	static final KhaosSandbox KHAOS = KhaosSandbox.onFreePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		register(registry, "childless_parent", AKENEO, KHAOS);
	}

	@AfterAll
	static void stopSandboxes() {
		KHAOS.close();
		AKENEO.close();
	}

	@Test
	void aParentWhoseVariantsAllMovedAwayIsDiscontinued() throws Exception {
		// given
		KhaosSimulator khaos = KHAOS.simulator();
		refresh();
		khaos.pollOnce();
		// when
		CATALOGUE.variantUuidsOf("MD-000001").forEach(uuid -> AKENEO.simulator().moveVariant(uuid, "MD-000003"));
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.item(StockIds.forModel("MD-000001")).orElseThrow().discontinued()).isTrue();
		assertThat(khaos.item(StockIds.forModel("MD-000003")).orElseThrow().discontinued()).isFalse();
		CATALOGUE.variantUuidsOf("MD-000001")
			.forEach(uuid -> assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().parentStockId())
				.contains(StockIds.forModel("MD-000003")));
		assertThat(count("SELECT COUNT(*) FROM sync_ledger_history WHERE item_key = ? AND event = 'DISCONTINUED' "
				+ "AND detail LIKE 'No SCS children left%'", ItemKeys.forModel("MD-000001"))).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE status = 'DISCONTINUED'")).isEqualTo(1);
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, AKENEO).stream()
			.filter(code -> !code.equals("MD-000001"))
			.toList()).ok()).isTrue();
	}

}
