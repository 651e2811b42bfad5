package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.TestPropertySource;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.sandbox.khaos.OrderImportCheck;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, first row of the structure-change table under policy {@code replace}, end to end through the
 * KCC simulator: the simple product's Khaos item is discontinued and renamed with the configured suffix,
 * freeing its code, and the SKU comes back as a new SCS child (new StockID) of the new model's parent.
 * A crash between the new parent and the replacement still replaces the item once. (Policy {@code relink},
 * the default, is covered by {@link StructureChangeEndToEndTest}.) Each test starts from a database and
 * simulators of its own.
 */
@TestPropertySource(properties = { "sync.structure.simple-to-variant=replace", "sync.structure.freed-code-suffix=-WAS",
		"akeneo.retry.max-retries=1" })
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class ReplacePolicyEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(4242L, 30).withModels(2, 0, 3);

	static final String SECOND_VARIANT = "00000000-0000-4000-8000-0000000000c1";

	@Test
	void aSimpleProductBecomingAVariantIsReplacedByANewChildAndItsOldItemIsDiscontinuedUnderAFreedCode()
			throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		String uuid = enabledSimpleClothing(sandboxes.catalogue(), 0);
		String oldStockId = StockIds.forProduct(uuid);
		String sku = khaos.item(oldStockId).orElseThrow().stockCode();
		// when
		akeneo.createModelFrom(uuid, "MD-NEW-R", "clothing_by_size");
		akeneo.makeVariant(uuid, "MD-NEW-R", Map.of("size", "s"));
		akeneo.addVariant(SECOND_VARIANT, "KH-NEW-R-M", "MD-NEW-R", Map.of("size", "m"));
		refresh();
		khaos.pollOnce();
		long outboxAfterChange = count("SELECT COUNT(*) FROM khaos_outbox");
		refresh();
		// then
		assertThat(khaos.rejections()).isEmpty();
		KhaosStockItem old = khaos.item(oldStockId).orElseThrow();
		assertThat(old.discontinued()).isTrue();
		assertThat(old.stockCode()).isEqualTo(sku + "-WAS");
		KhaosStockItem child = khaos.item(StockIds.successor(oldStockId)).orElseThrow();
		assertThat(child.stockCode()).isEqualTo(sku);
		assertThat(child.discontinued()).isFalse();
		assertThat(child.parentStockId()).contains(StockIds.forModel("MD-NEW-R"));
		assertThat(jdbc.sql("SELECT CONCAT(item_key, ' ', sku, ' ', rule_code) FROM sync_exception")
			.query(String.class)
			.list()).isEmpty();
		assertThat(khaos.wouldOrderImport(List.of(sku, "KH-NEW-R-M", "MD-NEW-R")))
			.isEqualTo(new OrderImportCheck(true, List.of(), List.of()));
		assertThat(khaos.wouldOrderImport(List.of(sku + "-WAS")).ok()).isFalse();
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, sandboxes.akeneo())).ok()).isTrue();
		assertThat(history(uuid)).anySatisfy(detail -> assertThat(detail)
			.contains("Was a simple product, now a variant of model 'MD-NEW-R'", "the policy is replace",
					"renamed to " + sku + "-WAS", "new Khaos item " + StockIds.successor(oldStockId)));
		assertThat(history("replaced:" + oldStockId)).singleElement().asString()
			.contains("discontinued (not deleted)", sku + "-WAS");
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(outboxAfterChange);
	}

	@Test
	void aRestartAfterTheNewParentIsPublishedReplacesTheItemOnce() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		String uuid = enabledSimpleClothing(sandboxes.catalogue(), 1);
		String oldStockId = StockIds.forProduct(uuid);
		String sku = khaos.item(oldStockId).orElseThrow().stockCode();
		akeneo.createModelFrom(uuid, "MD-NEW-RR", "clothing_by_size");
		akeneo.makeVariant(uuid, "MD-NEW-RR", Map.of("size", "s"));
		akeneo.failProductPagesFrom(1, 503);
		// when
		JobExecution failed = refresh();
		khaos.pollOnce();
		akeneo.clearFaults();
		JobExecution restarted = restart(failed);
		khaos.pollOnce();
		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(khaos.rejections()).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE stock_id = ? AND change_type = 'DISCONTINUE'",
				oldStockId)).isOne();
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE stock_id = ?", StockIds.successor(oldStockId)))
			.isOne();
		assertThat(khaos.item(StockIds.successor(oldStockId)).orElseThrow().parentStockId())
			.contains(StockIds.forModel("MD-NEW-RR"));
		assertThat(khaos.wouldOrderImport(List.of(sku, "MD-NEW-RR")))
			.isEqualTo(new OrderImportCheck(true, List.of(), List.of()));
	}

}
