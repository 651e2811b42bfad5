package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, done-when 1 and 3, end to end through the KCC simulator: simple products, 1-level and 2-level
 * models become one SCS parent per root model (headings of every level) and one child per variant, and
 * orders for every variant SKU import; a model with 5 axes gets one exception, none of its variants is
 * published, and the rest of the run is unaffected.
 */
class ScsStructureEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(404L, 60).withModels(3, 2, 3).withFiveAxisModels(1);

	@Test
	void modelsBecomeScsParentsVariantsTheirChildrenAndAFiveAxisModelIsHeldBack() throws Exception {
		// given
		GeneratedCatalogue catalogue = sandboxes.catalogue();
		String fiveAxes = catalogue.fiveAxisModelCodes().get(0);
		List<String> goodRoots = catalogue.rootModelCodes().stream().filter(code -> !code.equals(fiveAxes)).toList();
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		// when
		JobExecution refresh = refresh();
		khaos.pollOnce();
		// then
		assertThat(refresh.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(khaos.rejections()).isEmpty();
		assertThat(sandboxes.akeneo().simulator().requestLog())
			.filteredOn(request -> request.path().startsWith("/api/rest/v1/product-models/"))
			.as("variants find their models in what the models step read, not one request each")
			.isEmpty();
		Map<String, KhaosStockItem> items = khaos.items();
		for (String root : goodRoots) {
			KhaosStockItem parent = items.get(StockIds.forModel(root));
			assertThat(parent).as("SCS parent of %s", root).isNotNull();
			assertThat(parent.scsParent()).isTrue();
			assertThat(parent.stockControlled()).isFalse();
			assertThat(parent.stockCode()).isEqualTo(root);
			for (String uuid : catalogue.variantUuidsOf(root)) {
				KhaosStockItem child = items.get(StockIds.forProduct(uuid));
				assertThat(child).as("child %s of %s", uuid, root).isNotNull();
				assertThat(child.parentStockId()).contains(StockIds.forModel(root));
				assertThat(child.relationship().at("/SCSChild/SCSValues").size())
					.isEqualTo(parent.relationship().at("/SCSParent/Headings").size());
			}
			List<String> skus = catalogue.variantUuidsOf(root)
				.stream()
				.map(StockIds::forProduct)
				.filter(stockId -> orderable(sandboxes.akeneo(), stockId))
				.map(stockId -> items.get(stockId).stockCode())
				.toList();
			assertThat(khaos.wouldOrderImport(skus).ok()).isTrue();
		}
		assertThat(items).doesNotContainKey(StockIds.forModel(fiveAxes));
		catalogue.variantUuidsOf(fiveAxes)
			.forEach(uuid -> assertThat(items).doesNotContainKey(StockIds.forProduct(uuid)));
		assertThat(rules(ItemKeys.forModel(fiveAxes))).containsExactly("scs-too-many-axes");
		catalogue.variantUuidsOf(fiveAxes)
			.forEach(uuid -> assertThat(rules(uuid)).containsExactly("parent-not-published"));
		catalogue.validUuids().forEach(uuid -> assertThat(items).containsKey(StockIds.forProduct(uuid)));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox o JOIN khaos_outbox p ON p.stock_id = "
				+ "JSON_UNQUOTE(JSON_EXTRACT(o.relationship, '$.SCSChild.ParentStockID')) WHERE p.id > o.id"))
			.as("children queued before their parent").isZero();
	}

	private List<String> rules(String itemKey) {
		return jdbc.sql("SELECT rule_code FROM sync_exception WHERE item_key = ?").param(itemKey).query(String.class).list();
	}

}
