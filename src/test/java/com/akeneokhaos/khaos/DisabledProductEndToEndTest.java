package com.akeneokhaos.khaos;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product disabled in Akeneo is discontinued in Khaos (orders for it fail, the item stays), and sold
 * again once re-enabled.
 */
class DisabledProductEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(8080L, 20);

	@Test
	void disablingDiscontinuesAndReEnablingSellsAgain() throws Exception {
		// given
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		GeneratedCatalogue catalogue = sandboxes.catalogue();
		String uuid = catalogue.validUuids().stream()
			.filter(candidate -> catalogue.akeneoProduct(candidate).orElseThrow().enabled())
			.findFirst()
			.orElseThrow();
		refresh();
		khaos.pollOnce();
		String code = khaos.item(StockIds.forProduct(uuid)).orElseThrow().stockCode();
		// when
		akeneo.disableProduct(uuid);
		refresh();
		khaos.pollOnce();
		boolean discontinuedWhileDisabled = khaos.item(StockIds.forProduct(uuid)).orElseThrow().discontinued();
		boolean orderedWhileDisabled = khaos.wouldOrderImport(List.of(code)).ok();
		akeneo.updateProduct(uuid, product -> product.put("enabled", true));
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
