package com.akeneokhaos.khaos;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, first rows of the structure-change table (policy relink), end to end through the KCC
 * simulator: a simple product that becomes a variant keeps its StockID and is relinked as a child of the
 * model's SCS parent; a variant moved to another model is relinked there; a changed SKU changes the stock
 * code on the same StockID. Orders for every current SKU import, and the audit trail says what happened.
 */
class StructureChangeEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(777L, 40).withModels(4, 0, 3);

	@Test
	void relinkMoveAndRenameReachKhaosOnTheSameStockIds() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		GeneratedCatalogue catalogue = sandboxes.catalogue();
		String becomesVariant = enabledSimpleClothing(catalogue, 0);
		String moved = catalogue.variantUuidsOf("MD-000001").get(0);
		String renamed = catalogue.validUuids().stream().filter(uuid -> !uuid.equals(becomesVariant)).findFirst()
			.orElseThrow();
		// when
		akeneo.makeVariant(becomesVariant, "MD-000003", Map.of("size", "xxl"));
		akeneo.moveVariant(moved, "MD-000003");
		akeneo.changeSku(renamed, "RENAMED-0001");
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		KhaosStockItem relinked = khaos.item(StockIds.forProduct(becomesVariant)).orElseThrow();
		assertThat(relinked.parentStockId()).contains(StockIds.forModel("MD-000003"));
		assertThat(khaos.item(StockIds.forProduct(moved)).orElseThrow().parentStockId())
			.contains(StockIds.forModel("MD-000003"));
		assertThat(khaos.item(StockIds.forProduct(renamed)).orElseThrow().stockCode()).isEqualTo("RENAMED-0001");
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, sandboxes.akeneo())).ok()).isTrue();
		assertThat(history(becomesVariant)).anySatisfy(detail -> assertThat(detail)
			.contains("Was a simple product, now a variant of model 'MD-000003'")
			.contains("SCS child of " + StockIds.forModel("MD-000003")));
		assertThat(history(moved)).anySatisfy(detail -> assertThat(detail).contains("now a variant of model 'MD-000003'"));
		assertThat(history(renamed)).anySatisfy(detail -> assertThat(detail).contains("to RENAMED-0001 on the same StockID"));
	}

}
