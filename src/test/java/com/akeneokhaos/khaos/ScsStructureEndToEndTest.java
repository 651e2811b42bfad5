package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.sync.ItemKeys;
import com.akeneokhaos.sync.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, done-when 1 and 3, end to end through the KCC simulator: simple products, 1-level and 2-level
 * models become one SCS parent per root model (headings of every level) and one child per variant, and
 * orders for every variant SKU import; a model with 5 axes gets one exception, none of its variants is
 * published, and the rest of the run is unaffected.
 */
class ScsStructureEndToEndTest extends KhaosServiceTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(404L, 60).withModels(3, 2, 3).withFiveAxisModels(1));

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CATALOGUE);

	static final KhaosSandbox KHAOS = KhaosSandbox.onFreePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		register(registry, "scs_structure", AKENEO, KHAOS);
	}

	@AfterAll
	static void stopSandboxes() {
		KHAOS.close();
		AKENEO.close();
	}

	@Test
	void modelsBecomeScsParentsVariantsTheirChildrenAndAFiveAxisModelIsHeldBack() throws Exception {
		// given
		String fiveAxes = CATALOGUE.fiveAxisModelCodes().get(0);
		List<String> goodRoots = CATALOGUE.rootModelCodes().stream().filter(code -> !code.equals(fiveAxes)).toList();
		KhaosSimulator khaos = KHAOS.simulator();
		// when
		JobExecution refresh = refresh();
		khaos.pollOnce();
		// then
		assertThat(refresh.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(khaos.rejections()).isEmpty();
		Map<String, KhaosStockItem> items = khaos.items();
		for (String root : goodRoots) {
			KhaosStockItem parent = items.get(StockIds.forModel(root));
			assertThat(parent).as("SCS parent of %s", root).isNotNull();
			assertThat(parent.scsParent()).isTrue();
			assertThat(parent.stockControlled()).isFalse();
			assertThat(parent.stockCode()).isEqualTo(root);
			for (String uuid : CATALOGUE.variantUuidsOf(root)) {
				KhaosStockItem child = items.get(StockIds.forProduct(uuid));
				assertThat(child).as("child %s of %s", uuid, root).isNotNull();
				assertThat(child.parentStockId()).contains(StockIds.forModel(root));
				assertThat(child.relationship().at("/SCSChild/SCSValues").size())
					.isEqualTo(parent.relationship().at("/SCSParent/Headings").size());
			}
			List<String> skus = CATALOGUE.variantUuidsOf(root)
				.stream()
				.map(StockIds::forProduct)
				.filter(stockId -> orderable(AKENEO, stockId))
				.map(stockId -> items.get(stockId).stockCode())
				.toList();
			assertThat(khaos.wouldOrderImport(skus).ok()).isTrue();
		}
		assertThat(items).doesNotContainKey(StockIds.forModel(fiveAxes));
		CATALOGUE.variantUuidsOf(fiveAxes)
			.forEach(uuid -> assertThat(items).doesNotContainKey(StockIds.forProduct(uuid)));
		assertThat(rules(ItemKeys.forModel(fiveAxes))).containsExactly("scs-too-many-axes");
		CATALOGUE.variantUuidsOf(fiveAxes)
			.forEach(uuid -> assertThat(rules(uuid)).containsExactly("parent-not-published"));
		CATALOGUE.validUuids().forEach(uuid -> assertThat(items).containsKey(StockIds.forProduct(uuid)));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox o JOIN khaos_outbox p ON p.stock_id = "
				+ "JSON_UNQUOTE(JSON_EXTRACT(o.relationship, '$.SCSChild.ParentStockID')) WHERE p.id > o.id"))
			.as("children queued before their parent").isZero();
	}

	private List<String> rules(String itemKey) {
		return jdbc.sql("SELECT rule_code FROM sync_exception WHERE item_key = ?").param(itemKey).query(String.class).list();
	}

}
