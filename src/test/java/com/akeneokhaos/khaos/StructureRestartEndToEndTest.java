package com.akeneokhaos.khaos;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, done-when 4: the run fails after the SCS parents' chunk was committed and before any child's;
 * Khaos may take the parents meanwhile. The restart publishes the children without publishing any parent
 * again: no orphan child, no duplicate parent.
 */
@TestPropertySource(properties = "akeneo.retry.max-retries=1")
class StructureRestartEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1201L, 30).withModels(2, 2, 3);

	@Test
	void aRestartBetweenParentsAndChildrenEndsWithEveryChildUnderItsOneParent() throws Exception {
		// given
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		sandboxes.akeneo().simulator().failProductPagesFrom(1, 503);
		// when
		JobExecution failed = refresh();
		khaos.pollOnce();
		long parentsBeforeRestart = count("SELECT COUNT(*) FROM khaos_outbox WHERE relationship LIKE '%SCSParent%'");
		sandboxes.akeneo().simulator().clearFaults();
		sandboxes.akeneo().simulator().resetObservations();
		JobExecution restarted = restart(failed);
		khaos.pollOnce();
		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(sandboxes.akeneo().simulator().requestLog())
			.filteredOn(request -> request.path().startsWith("/api/rest/v1/product-models/"))
			.as("the restarted products step reads the models in pages, not one request each")
			.isEmpty();
		assertThat(parentsBeforeRestart).isEqualTo(sandboxes.catalogue().rootModelCodes().size());
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE relationship LIKE '%SCSParent%'"))
			.isEqualTo(parentsBeforeRestart);
		assertThat(khaos.rejections()).isEmpty();
		for (String root : sandboxes.catalogue().rootModelCodes()) {
			for (String uuid : sandboxes.catalogue().variantUuidsOf(root)) {
				assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().parentStockId())
					.contains(StockIds.forModel(root));
			}
		}
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox"));
	}

}
