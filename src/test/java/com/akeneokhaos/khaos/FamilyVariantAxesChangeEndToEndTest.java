package com.akeneokhaos.khaos;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, structure change "family variant axes changed" when Khaos cannot take it: a family variant
 * already in Khaos grows to 5 axes. The model and its variants are held as Khaos has them (nothing half
 * re-headed), the model gets one exception naming the axes, and the other families go on.
 */
class FamilyVariantAxesChangeEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(2468L, 20).withModels(2, 0, 3);

	@Test
	void aFamilyVariantGrowingPastFourAxesIsHeldWholeWithOneExceptionForTheModel() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		String held = "MD-000001";
		KhaosStockItem parentBefore = khaos.item(StockIds.forModel(held)).orElseThrow();
		long outboxBefore = count("SELECT COUNT(*) FROM khaos_outbox");
		// when
		sandboxes.akeneo().simulator().changeFamilyVariantAxes("clothing", "clothing_by_size",
				List.of(List.of("size", "colour", "fit", "pattern", "leg_length")));
		JobExecution run = refresh();
		khaos.pollOnce();
		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).as("nothing of the held family republished")
			.isEqualTo(outboxBefore);
		assertThat(khaos.item(StockIds.forModel(held)).orElseThrow().relationship())
			.isEqualTo(parentBefore.relationship());
		sandboxes.catalogue().variantUuidsOf(held)
			.forEach(uuid -> assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().parentStockId())
				.contains(StockIds.forModel(held)));
		List<String> modelExceptions = jdbc
			.sql("SELECT message FROM sync_exception WHERE item_key = ? AND job_execution_id = ?")
			.params(ItemKeys.forModel(held), run.getId())
			.query(String.class)
			.list();
		assertThat(modelExceptions).singleElement().asString().contains("5 axes").contains("leg_length");
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, sandboxes.akeneo())).ok()).isTrue();
	}

}
