package com.akeneokhaos.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.schedule.ServiceInstances.Run;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that was down while an hourly job should have run three times runs it once on start, for the latest
 * firing it missed, when {@code catch-up} is on; otherwise it waits for the next firing.
 */
class CatchUpTest {

	private static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261129L, 30);

	private static final String HOURLY = "delta-sync=0 0 * * * *";

	@ParameterizedTest(name = "catch-up {0}")
	@ValueSource(booleans = { true, false })
	void aServiceThatWasDownRunsTheLatestMissedFiringOnceWhenAsked(boolean catchUp) {
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(CatalogueGenerator.generate(CATALOGUE))) {
			// given a scheduled run three hours ago, then nothing
			ServiceInstances instances = new ServiceInstances(TestDatabase.newDatabase("catch_up_" + catchUp), akeneo);
			Instant lastHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
			Instant threeHoursAgo = lastHour.minus(Duration.ofHours(3));
			try (ConfigurableApplicationContext before = instances.start(List.of("--sync.schedule.catch-up=false"),
					HOURLY)) {
				before.getBean(JobLaunches.class)
					.startOnce("delta-sync", Firings.parameters(threeHoursAgo))
					.orElseThrow()
					.finished()
					.join();
			}

			// when
			try (ConfigurableApplicationContext after = instances.start(List.of("--sync.schedule.catch-up=" + catchUp),
					HOURLY)) {
				if (catchUp) {
					await().atMost(Duration.ofSeconds(60)).until(() -> instances.runs("delta-sync").size() == 2);
				}
				else {
					await().during(Duration.ofSeconds(3)).until(() -> instances.runs("delta-sync").size() == 1);
				}
				instances.awaitQuiet(Duration.ofSeconds(60));
			}

			// then
			List<Run> runs = instances.runs("delta-sync");
			assertThat(runs).extracting(Run::firing)
				.containsExactlyElementsOf(catchUp ? List.of(threeHoursAgo.toString(), lastHour.toString())
						: List.of(threeHoursAgo.toString()));
			assertThat(runs).extracting(Run::status).containsOnly("COMPLETED");
		}
	}

}
