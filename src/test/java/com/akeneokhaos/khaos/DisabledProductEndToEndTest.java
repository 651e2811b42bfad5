package com.akeneokhaos.khaos;

import java.util.List;

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
import com.akeneokhaos.sync.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product disabled in Akeneo is discontinued in Khaos (orders for it fail, the item stays), and sold
 * again once re-enabled.
 */
class DisabledProductEndToEndTest extends KhaosServiceTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator.generate(CatalogueSpec.of(8080L, 20));

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CATALOGUE);

	static final KhaosSandbox KHAOS = KhaosSandbox.onFreePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		register(registry, "disabled", AKENEO, KHAOS);
	}

	@AfterAll
	static void stopSandboxes() {
		KHAOS.close();
		AKENEO.close();
	}

	@Test
	void disablingDiscontinuesAndReEnablingSellsAgain() throws Exception {
		// given
		KhaosSimulator khaos = KHAOS.simulator();
		String uuid = CATALOGUE.validUuids().stream()
			.filter(candidate -> CATALOGUE.akeneoProduct(candidate).orElseThrow().enabled())
			.findFirst()
			.orElseThrow();
		refresh();
		khaos.pollOnce();
		String code = khaos.item(StockIds.forProduct(uuid)).orElseThrow().stockCode();
		// when
		AKENEO.simulator().disableProduct(uuid);
		refresh();
		khaos.pollOnce();
		boolean discontinuedWhileDisabled = khaos.item(StockIds.forProduct(uuid)).orElseThrow().discontinued();
		boolean orderedWhileDisabled = khaos.wouldOrderImport(List.of(code)).ok();
		AKENEO.simulator().updateProduct(uuid, product -> product.put("enabled", true));
		refresh();
		khaos.pollOnce();
		// then
		assertThat(discontinuedWhileDisabled).isTrue();
		assertThat(orderedWhileDisabled).isFalse();
		assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().discontinued()).isFalse();
		assertThat(khaos.wouldOrderImport(List.of(code)).ok()).isTrue();
		assertThat(khaos.rejections()).isEmpty();
		assertThat(jdbc.sql("SELECT CONCAT(event, ': ', detail) FROM sync_ledger_history WHERE item_key = ? ORDER BY id")
			.param(uuid)
			.query(String.class)
			.list()).filteredOn(line -> !line.startsWith("CONFIRMED"))
			.satisfiesExactly(created -> assertThat(created).startsWith("CREATED"),
					disabled -> assertThat(disabled).startsWith("DISCONTINUED: Disabled in Akeneo"),
					enabled -> assertThat(enabled).startsWith("UPDATED"));
	}

}
