package com.akeneokhaos.jobs.refresh;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2, done-when 2: Akeneo fails for good after page 4; the run fails with pages 1–4 committed and a
 * restart, once Akeneo is back, publishes the rest, every product exactly once.
 */
@TestPropertySource(properties = "akeneo.read-partitions=1") // page 5 of the one list of every product
class CatalogueRefreshRestartTest extends RefreshJobTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(4242L, 750).withDefectsSpreadEvenly(12);

	@Test
	void restartAfterPersistentFailureResumesAtTheNextPageAndPublishesEachProductOnce() throws Exception {
		// given
		akeneo().failProductPagesFrom(5, 500);
		// when
		JobExecution failed = refresh();
		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(processedItems()).isEqualTo(400);
		long publishedBeforeRestart = outboxCount();
		assertThat(publishedBeforeRestart).isEqualTo(400 - rejectedCount());

		// given
		akeneo().clearFaults();
		// when
		JobExecution restarted = restart(failed);
		// then
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(outboxCount()).isEqualTo(catalogue().validUuids().size());
		assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox"))
			.isEqualTo(catalogue().validUuids().size());
		assertThat(rejectedCount()).isEqualTo(catalogue().expectedRejections().size());
		assertThat(count("SELECT COUNT(DISTINCT item_key) FROM sync_exception"))
			.isEqualTo(catalogue().expectedRejections().size());
	}

	private long processedItems() {
		return outboxCount() + rejectedCount();
	}

	private long outboxCount() {
		return count("SELECT COUNT(*) FROM khaos_outbox");
	}

	private long rejectedCount() {
		return count("SELECT COUNT(*) FROM sync_exception");
	}

}
