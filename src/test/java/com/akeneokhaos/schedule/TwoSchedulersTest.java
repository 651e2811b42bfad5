package com.akeneokhaos.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.schedule.ServiceInstances.Run;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service instances on one database, both scheduling delta-sync every two seconds: each firing runs once
 * across both, and never while another run of the job goes on (counted in the Batch tables).
 */
class TwoSchedulersTest {

	private static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261130L, 60);

	private static final String EVERY_TWO_SECONDS = "*/2 * * * * *";

	@Test
	void eachFiringRunsOnceAcrossTwoInstancesAndNeverTwoRunsOfTheJobAtOnce() {
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(CatalogueGenerator.generate(CATALOGUE))) {
			// given
			ServiceInstances instances = new ServiceInstances(TestDatabase.newDatabase("two_schedulers"), akeneo);
			Instant begun;
			Instant ended;
			try (ConfigurableApplicationContext first = instances.start(List.of(), "delta-sync=" + EVERY_TWO_SECONDS);
					ConfigurableApplicationContext second = instances.start(List.of(),
							"delta-sync=" + EVERY_TWO_SECONDS)) {
				begun = Instant.now();

				// when
				await().atMost(Duration.ofSeconds(90)).until(() -> instances.runs("delta-sync").size() >= 8);
				first.getBean(JobScheduler.class).stop();
				second.getBean(JobScheduler.class).stop();
				ended = Instant.now();
				instances.awaitQuiet(Duration.ofSeconds(60));
			}

			// then
			List<Run> runs = instances.runs("delta-sync");
			assertThat(runs).extracting(Run::status).containsOnly("COMPLETED");
			assertThat(runs).extracting(Run::firing).doesNotContainNull().doesNotHaveDuplicates();
			assertThat(runs).extracting(Run::instanceId).doesNotHaveDuplicates();
			for (int i = 1; i < runs.size(); i++) {
				assertThat(runs.get(i).start()).as("start of %s, after the end of %s", runs.get(i), runs.get(i - 1))
					.isAfterOrEqualTo(runs.get(i - 1).end());
			}
			assertThat(firingsBetween(begun.plusSeconds(1), ended.minusSeconds(1)))
				.as("firings that neither ran nor fell while a run of the job went on")
				.filteredOn(firing -> runs.stream().noneMatch(run -> run.firing().equals(firing.toString())))
				.allSatisfy(firing -> assertThat(runs).anySatisfy(run -> assertThat(local(firing))
					.isBetween(run.start().minusSeconds(1), run.end().plusSeconds(1))));
		}
	}

	private static List<Instant> firingsBetween(Instant from, Instant to) {
		CronExpression cron = CronExpression.parse(EVERY_TWO_SECONDS);
		List<Instant> firings = new ArrayList<>();
		for (Instant next = cron.next(from.atZone(ZoneId.of("Europe/London"))).toInstant(); next.isBefore(to); next = cron
			.next(next.atZone(ZoneId.of("Europe/London")))
			.toInstant()) {
			firings.add(next);
		}
		return firings;
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
	}

}
