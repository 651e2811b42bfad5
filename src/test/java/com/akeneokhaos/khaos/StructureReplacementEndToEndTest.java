package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.sandbox.khaos.OrderImportCheck;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, the rows of the structure-change table where an old Khaos item gives way to another, end to end
 * through the KCC simulator (default policy relink): a variant that becomes a simple product (Khaos cannot
 * unlink an SCS child, so the SKU moves to a new standalone item), a new model whose variant takes the SKU
 * of a deleted simple product, and a new model replacing a simple product that is disabled; and changes
 * that pile up for one item before KCC polls reach Khaos as one whole item; and a SKU retired in an earlier
 * run that comes back on a new product. Each test starts from a database and simulators of its own.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class StructureReplacementEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(5150L, 40).withModels(3, 0, 3);

	static final OrderImportCheck IMPORTS = new OrderImportCheck(true, List.of(), List.of());

	@Test
	void aVariantThatBecomesSimpleMovesToANewStandaloneItemAndItsChildIsDiscontinued() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		String uuid = sandboxes.catalogue().variantUuidsOf("MD-000001").get(0);
		String childId = StockIds.forProduct(uuid);
		String sku = khaos.item(childId).orElseThrow().stockCode();
		// when
		akeneo.detachVariant(uuid);
		RunSummary summary = summaries.of(refresh().getId());
		khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		KhaosStockItem oldChild = khaos.item(childId).orElseThrow();
		assertThat(oldChild.discontinued()).isTrue();
		assertThat(oldChild.stockCode()).isEqualTo(sku + "-OLD");
		KhaosStockItem standalone = khaos.item(StockIds.successor(childId)).orElseThrow();
		assertThat(standalone.stockCode()).isEqualTo(sku);
		assertThat(standalone.scsChild() || standalone.scsParent()).isFalse();
		assertThat(summary.count("structureChanges")).isEqualTo(1);
		assertThat(summary.count("retiredInKhaos")).isEqualTo(1);
		assertThat(summary.describe()).contains("structure changes 1, Khaos items retired 1");
		assertThat(khaos.wouldOrderImport(List.of(sku))).isEqualTo(IMPORTS);
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, sandboxes.akeneo()))).isEqualTo(IMPORTS);
		assertThat(history(uuid)).anySatisfy(detail -> assertThat(detail).contains(
				"Was a variant of model 'MD-000001', now a simple product", "Khaos cannot unlink an SCS child",
				"new Khaos item " + StockIds.successor(childId) + " with stock code " + sku + " standing alone"));
	}

	@Test
	void aVariantMadeSimpleWithoutWhatANewKhaosItemNeedsStaysInKhaosAsItWasAndTheExceptionSaysWhy()
			throws Exception {
		// given
		KhaosSimulator khaos = synced();
		String uuid = sandboxes.catalogue().variantUuidsOf("MD-000003").get(0);
		String childId = StockIds.forProduct(uuid);
		String sku = khaos.item(childId).orElseThrow().stockCode();
		// when
		sandboxes.akeneo().simulator().detachVariant(uuid);
		sandboxes.akeneo().simulator().updateProduct(uuid, p -> ((ObjectNode) p.get("values")).remove("cost_price"));
		refresh();
		khaos.pollOnce();
		// then
		assertThat(exceptionsFor(sku)).singleElement().asString()
			.startsWith("buy-price-missing: ")
			.contains("It is no longer a variant and Khaos cannot unlink an SCS child, so it gets a new Khaos item; "
					+ "until then it stays in Khaos as the variant it was.");
		assertThat(khaos.item(childId).orElseThrow().parentStockId()).contains(StockIds.forModel("MD-000003"));
		assertThat(khaos.item(StockIds.successor(childId))).isEmpty();
		assertThat(khaos.wouldOrderImport(List.of(sku))).isEqualTo(IMPORTS);
	}

	@Test
	void aNewVariantTakesTheSkuOfADeletedSimpleProductInTheSameRun() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		String deleted = enabledSimpleClothing(sandboxes.catalogue(), 0);
		String sku = khaos.item(StockIds.forProduct(deleted)).orElseThrow().stockCode();
		String successor = "00000000-0000-4000-8000-0000000000d1";
		// when
		akeneo.createModelFrom(deleted, "MD-NEW-D", "clothing_by_size");
		akeneo.removeProduct(deleted);
		akeneo.addVariant(successor, sku, "MD-NEW-D", Map.of("size", "s"));
		akeneo.addVariant("00000000-0000-4000-8000-0000000000d2", "KH-NEW-D-M", "MD-NEW-D",
				Map.of("size", "m"));
		RunSummary summary = summaries.of(refresh().getId());
		khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		assertThat(exceptionsFor(sku, "KH-NEW-D-M")).isEmpty();
		assertThat(summary.count("published")).isEqualTo(3);
		assertThat(summary.count("structureChanges")).isZero();
		assertThat(summary.count("retiredInKhaos")).isEqualTo(1);
		KhaosStockItem old = khaos.item(StockIds.forProduct(deleted)).orElseThrow();
		assertThat(old.discontinued()).isTrue();
		assertThat(old.stockCode()).isEqualTo(sku + "-OLD");
		assertThat(khaos.item(StockIds.forProduct(successor)).orElseThrow().parentStockId())
			.contains(StockIds.forModel("MD-NEW-D"));
		assertThat(khaos.wouldOrderImport(List.of(sku, "KH-NEW-D-M", "MD-NEW-D"))).isEqualTo(IMPORTS);
		assertThat(history(deleted)).last().asString()
			.contains("No longer in Akeneo", "wanted by SKU " + sku, "renamed to " + sku + "-OLD");
	}

	@Test
	void aNewModelReplacingADisabledSimpleProductIsSentBeforeTheOldItemIsDiscontinued() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		String disabled = enabledSimpleClothing(sandboxes.catalogue(), 1);
		String oldId = StockIds.forProduct(disabled);
		String sku = khaos.item(oldId).orElseThrow().stockCode();
		// when
		akeneo.createModelFrom(disabled, "MD-NEW-E", "clothing_by_size");
		akeneo.addVariant("00000000-0000-4000-8000-0000000000e1", "KH-NEW-E-S", "MD-NEW-E",
				Map.of("size", "s"));
		akeneo.disableProduct(disabled);
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.item(oldId).orElseThrow().discontinued()).isTrue();
		assertThat(khaos.item(oldId).orElseThrow().stockCode()).isEqualTo(sku);
		assertThat(khaos.wouldOrderImport(List.of("KH-NEW-E-S", "MD-NEW-E"))).isEqualTo(IMPORTS);
		assertThat(lastDeliveryRanks(StockIds.forModel("MD-NEW-E"), StockIds.forProduct("00000000-0000-4000-8000-0000000000e1"),
				oldId)).containsExactly(0, 1, 2);
	}

	@Test
	void aVariantAddedThenDetachedBeforeKhaosPollsReachesKhaosWhole() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		String uuid = "00000000-0000-4000-8000-0000000000f1";
		akeneo.addVariant(uuid, "KH-LATE-1", "MD-000001", Map.of("size", "xxl"));
		refresh();
		// when
		akeneo.detachVariant(uuid);
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().stockCode()).isEqualTo("KH-LATE-1-OLD");
		assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().discontinued()).isTrue();
		assertThat(khaos.item(StockIds.successor(StockIds.forProduct(uuid))).orElseThrow().stockCode())
			.isEqualTo("KH-LATE-1");
		assertThat(khaos.wouldOrderImport(List.of("KH-LATE-1"))).isEqualTo(IMPORTS);
	}

	@Test
	void aSkuRetiredInAnEarlierRunComesBackOnANewProduct() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		String deleted = enabledSimpleClothing(sandboxes.catalogue(), 2);
		String oldId = StockIds.forProduct(deleted);
		String sku = khaos.item(oldId).orElseThrow().stockCode();
		ObjectNode recreated = akeneo.product(deleted).orElseThrow();
		akeneo.removeProduct(deleted);
		refresh();
		khaos.pollOnce();
		KhaosStockItem retired = khaos.item(oldId).orElseThrow();
		// when
		String successor = "00000000-0000-4000-8000-0000000000a7";
		recreated.put("uuid", successor);
		akeneo.addProduct(recreated);
		refresh();
		khaos.pollOnce();
		// then
		assertThat(retired.discontinued()).isTrue();
		assertThat(retired.stockCode()).isEqualTo(sku);
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.item(oldId).orElseThrow().stockCode()).isEqualTo(sku + "-OLD");
		assertThat(khaos.item(StockIds.forProduct(successor)).orElseThrow().stockCode()).isEqualTo(sku);
		assertThat(khaos.wouldOrderImport(List.of(sku))).isEqualTo(IMPORTS);
		assertThat(history(deleted)).last().asString()
			.contains("Discontinued earlier", "is now wanted by SKU " + sku, "renamed to " + sku + "-OLD");
	}

	/** The delivery rank of the latest outbox entry of each StockID, in the order given. */
	private List<Integer> lastDeliveryRanks(String... stockIds) {
		return List.of(stockIds).stream()
			.map(id -> jdbc.sql("SELECT delivery_rank FROM khaos_outbox WHERE stock_id = ? ORDER BY id DESC LIMIT 1")
				.param(id)
				.query(Integer.class)
				.single())
			.toList();
	}

	private List<String> exceptionsFor(String... skus) {
		return jdbc.sql("SELECT CONCAT(rule_code, ': ', message) FROM sync_exception WHERE sku IN (:skus) ORDER BY id")
			.param("skus", List.of(skus))
			.query(String.class)
			.list();
	}

}
