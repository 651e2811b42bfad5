package com.akeneokhaos.jobs.refresh;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2, done-when 2: Akeneo fails for good after page 4; the run fails with pages 1–4 committed and a
 * restart, once Akeneo is back, publishes the rest, every product exactly once.
 */
class CatalogueRefreshRestartTest extends RefreshJobTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(4242L, 750).withDefectsSpreadEvenly(12));

	static final AkeneoSandbox SANDBOX = AkeneoSandbox.start(CATALOGUE);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		RefreshTestSupport.register(registry, SANDBOX, "restart");
	}

	@AfterAll
	static void stopSandbox() {
		SANDBOX.close();
	}

	@Test
	void restartAfterPersistentFailureResumesAtTheNextPageAndPublishesEachProductOnce() throws Exception {
		// given
		SANDBOX.simulator().failProductPagesFrom(5, 500);
		// when
		JobExecution failed = refresh();
		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(processedItems()).isEqualTo(400);
		long publishedBeforeRestart = outboxCount();
		assertThat(publishedBeforeRestart).isEqualTo(400 - rejectedCount());

		// given
		SANDBOX.simulator().clearFaults();
		// when
		JobExecution restarted = jobOperator.restart(failed);
		// then
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(outboxCount()).isEqualTo(CATALOGUE.validUuids().size());
		assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox"))
			.isEqualTo(CATALOGUE.validUuids().size());
		assertThat(rejectedCount()).isEqualTo(CATALOGUE.expectedRejections().size());
		assertThat(count("SELECT COUNT(DISTINCT item_key) FROM sync_exception"))
			.isEqualTo(CATALOGUE.expectedRejections().size());
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
