package com.akeneokhaos.jobs.refresh;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 2, done-when 3: the access token expires mid-run and Akeneo answers a burst of 429s with
 * Retry-After; the run absorbs both and loses or skips nothing.
 */
class CatalogueRefreshResilienceTest extends RefreshJobTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(7L, 800).withDefectsSpreadEvenly(12);

	@Test
	void tokenExpiryAndA429BurstMidRunLoseNothing() throws Exception {
		// given
		AkeneoSimulator akeneo = akeneo();
		akeneo.delayResponses(java.time.Duration.ofMillis(30));
		CompletableFuture<Void> trouble = CompletableFuture.runAsync(() -> {
			await().atMost(60, TimeUnit.SECONDS).until(() -> akeneo.requestCount("/api/rest/v1/products-uuid") >= 3);
			akeneo.expireAllTokens();
			akeneo.tooManyRequestsBurst(4, 1);
		});
		// when
		JobExecution execution = refresh();
		trouble.get(5, TimeUnit.SECONDS);
		// then
		RunSummary summary = summaries.of(execution.getId());
		assertThat(summary.status()).isEqualTo("COMPLETED");
		assertThat(summary.count("read")).isEqualTo(800);
		assertThat(summary.count("published")).isEqualTo(catalogue().validUuids().size());
		assertThat(summary.count("rejected")).isEqualTo(catalogue().expectedRejections().size());
		assertThat(akeneo.refreshGrants() + akeneo.passwordGrants()).isGreaterThanOrEqualTo(2);
		assertThat(akeneo.status429Count()).isEqualTo(4);
		assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox"))
			.isEqualTo(catalogue().validUuids().size());
	}

}
