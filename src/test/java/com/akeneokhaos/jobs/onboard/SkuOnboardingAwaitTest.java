package com.akeneokhaos.jobs.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

/**
 * With {@code sync.onboarding.await-confirmation}, one run publishes, waits while Khaos polls the channel and
 * confirms, and releases in the same run.
 */
@TestPropertySource(properties = { "sync.onboarding.await-confirmation=30s", "sync.onboarding.poll-interval=50ms" })
class SkuOnboardingAwaitTest extends OnboardingTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1217L, 5);

	@Test
	void oneRunReleasesWhatKhaosConfirmsWhileItWaits() throws Exception {
		// given a run started in the background
		CompletableFuture<JobExecution> running = CompletableFuture.supplyAsync(this::onboardUnchecked);

		// when Khaos polls the channel while it runs
		while (!running.isDone()) {
			khaos().pollOnce();
			Thread.sleep(100);
		}
		JobExecution run = running.get();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(summaries.of(run.getId()).count("released")).isEqualTo(CATALOGUE.productCount());
		assertThat(catalogue().uuids()).allSatisfy(uuid -> {
			assertThat(status(uuid)).contains("confirmed");
			assertThat(released(uuid)).isTrue();
		});
	}

	private JobExecution onboardUnchecked() {
		try {
			return onboard();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
