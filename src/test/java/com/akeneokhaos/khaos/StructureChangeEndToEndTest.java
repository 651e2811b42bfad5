package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Map;

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
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.sync.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, first rows of the structure-change table (policy relink), end to end through the KCC
 * simulator: a simple product that becomes a variant keeps its StockID and is relinked as a child of the
 * model's SCS parent; a variant moved to another model is relinked there; a changed SKU changes the stock
 * code on the same StockID. Orders for every current SKU import, and the audit trail says what happened.
 */
class StructureChangeEndToEndTest extends KhaosServiceTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(777L, 40).withModels(4, 0, 3));

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CATALOGUE);

	static final KhaosSandbox KHAOS = KhaosSandbox.onFreePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		register(registry, "structure_change", AKENEO, KHAOS);
	}

	@AfterAll
	static void stopSandboxes() {
		KHAOS.close();
		AKENEO.close();
	}

	@Test
	void relinkMoveAndRenameReachKhaosOnTheSameStockIds() throws Exception {
		// given
		KhaosSimulator khaos = KHAOS.simulator();
		refresh();
		khaos.pollOnce();
		String becomesVariant = simpleClothing();
		String moved = CATALOGUE.variantUuidsOf("MD-000001").get(0);
		String renamed = CATALOGUE.validUuids().stream().filter(uuid -> !uuid.equals(becomesVariant)).findFirst()
			.orElseThrow();
		// when
		AKENEO.simulator().makeVariant(becomesVariant, "MD-000003", Map.of("size", "xxl"));
		AKENEO.simulator().moveVariant(moved, "MD-000003");
		AKENEO.simulator().changeSku(renamed, "RENAMED-0001");
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		KhaosStockItem relinked = khaos.item(StockIds.forProduct(becomesVariant)).orElseThrow();
		assertThat(relinked.parentStockId()).contains(StockIds.forModel("MD-000003"));
		assertThat(khaos.item(StockIds.forProduct(moved)).orElseThrow().parentStockId())
			.contains(StockIds.forModel("MD-000003"));
		assertThat(khaos.item(StockIds.forProduct(renamed)).orElseThrow().stockCode()).isEqualTo("RENAMED-0001");
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, AKENEO)).ok()).isTrue();
		assertThat(history(becomesVariant)).anySatisfy(detail -> assertThat(detail)
			.contains("Was a simple product, now a variant of model 'MD-000003'")
			.contains("SCS child of " + StockIds.forModel("MD-000003")));
		assertThat(history(moved)).anySatisfy(detail -> assertThat(detail).contains("now a variant of model 'MD-000003'"));
		assertThat(history(renamed)).anySatisfy(detail -> assertThat(detail).contains("to RENAMED-0001 on the same StockID"));
	}

	private String simpleClothing() {
		return CATALOGUE.validUuids()
			.stream()
			.filter(uuid -> "clothing".equals(CATALOGUE.akeneoProduct(uuid).orElseThrow().family()))
			.findFirst()
			.orElseThrow();
	}

	private List<String> history(String itemKey) {
		return jdbc.sql("SELECT detail FROM sync_ledger_history WHERE item_key = ? ORDER BY id")
			.param(itemKey)
			.query(String.class)
			.list();
	}

}
