package com.akeneokhaos.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.schedule.ScheduleProperties.DeadExecutionPolicy;
import com.akeneokhaos.schedule.ServiceInstances.Run;
import com.akeneokhaos.support.KillableCommandLine;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A catalogue-refresh whose process is SIGKILLed stays marked STARTED in the Batch tables. A service finds it
 * once the run's lock lapses, marks it failed with the reason, then restarts it or leaves it for a person, as the
 * job's {@code on-dead-execution} says. Restarted, it publishes every item exactly once, as an uninterrupted run
 * on another database does.
 */
class DeadExecutionTest {

	private static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261130L, 600).withDefectsSpreadEvenly(6);

	private static final List<String> SETTINGS = List.of("--sync.refresh.chunk-size=20", "--sync.launch.lease=3s");

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(DeadExecutionPolicy.class)
	void anExecutionWhoseProcessDiedIsRecoveredAsItsJobSays(DeadExecutionPolicy policy) throws Exception {
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(CatalogueGenerator.generate(CATALOGUE))) {
			// given
			KillableCommandLine reference = new KillableCommandLine(TestDatabase.newDatabase("dead_reference"), akeneo,
					SETTINGS);
			assertThat(reference.run("run", "catalogue-refresh")).isZero();
			TestDatabase.Coordinates db = TestDatabase.newDatabase("dead_" + policy.name().toLowerCase());
			KillableCommandLine crashed = new KillableCommandLine(db, akeneo, SETTINGS);
			assertThat(crashed.run("status")).as("the database set up").isZero();
			akeneo.simulator().delayResponses(Duration.ofMillis(100));
			crashed.runInChildAndKill("catalogue-refresh", 100, folder.resolve("refresh-child.log"));
			akeneo.simulator().clearFaults();
			long killed = crashed.lastExecutionOf("catalogue-refresh");
			ServiceInstances instances = new ServiceInstances(db, akeneo);

			// when
			try (ConfigurableApplicationContext service = instances
				.start(List.of("--sync.schedule.jobs.catalogue-refresh.on-dead-execution=" + policy))) {
				await().atMost(Duration.ofSeconds(60)).until(() -> !crashed.statusOf(killed).equals("STARTED"));
				if (policy == DeadExecutionPolicy.RESTART) {
					await().atMost(Duration.ofSeconds(90)).until(() -> instances.runs("catalogue-refresh").size() == 2);
				}
				instances.awaitQuiet(Duration.ofSeconds(90));
			}

			// then
			List<Run> runs = instances.runs("catalogue-refresh");
			assertThat(runs.get(0).status()).isEqualTo("FAILED");
			assertThat(runs.get(0).exitMessage()).contains("The process running it stopped without ending it");
			if (policy == DeadExecutionPolicy.REPORT) {
				assertThat(runs).hasSize(1);
				return;
			}
			assertThat(runs).hasSize(2);
			assertThat(runs.get(1).status()).isEqualTo("COMPLETED");
			assertThat(runs.get(1).instanceId()).as("the same job instance, restarted").isEqualTo(runs.get(0).instanceId());
			Map<String, List<String>> published = crashed.payloadsByStockId("catalogue-refresh");
			assertThat(published).allSatisfy((stockId, payloads) -> assertThat(payloads).as(stockId).hasSize(1));
			assertThat(published).isEqualTo(reference.payloadsByStockId("catalogue-refresh"));
		}
	}

}
