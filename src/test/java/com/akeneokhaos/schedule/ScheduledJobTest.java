package com.akeneokhaos.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.schedule.ScheduleProperties.DeadExecutionPolicy;
import com.akeneokhaos.schedule.ScheduleProperties.JobSchedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScheduledJobTest {

	private static final List<String> JOBS = List.of("asset-url-sync", "catalogue-refresh", "delta-sync",
			"reconciliation", "sku-onboarding");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@ParameterizedTest(name = "{0} fires next at {2} after {1}")
	@CsvSource({ "delta-sync, 2026-11-30T07:03:10Z, 2026-11-30T07:15:00Z",
			"sku-onboarding, 2026-11-30T07:03:10Z, 2026-11-30T07:05:00Z",
			"asset-url-sync, 2026-11-30T07:31:00Z, 2026-11-30T08:30:00Z",
			"reconciliation, 2026-11-30T07:03:10Z, 2026-12-01T02:00:00Z",
			"reconciliation, 2026-07-01T07:03:10Z, 2026-07-02T01:00:00Z",
			"catalogue-refresh, 2026-11-30T07:03:10Z, 2026-12-06T03:00:00Z" })
	void everyJobHasItsBuiltInScheduleInLondonTime(String job, Instant after, Instant expected) {
		// given
		ScheduleProperties properties = properties(Map.of());

		// when
		ScheduledJob scheduled = named(ScheduledJob.of(properties, JOBS), job);

		// then
		assertThat(scheduled.enabled()).isTrue();
		assertThat(scheduled.onDeadExecution()).isEqualTo(DeadExecutionPolicy.RESTART);
		assertThat(scheduled.nextAfter(after)).isEqualTo(expected);
	}

	@Test
	void aChangeOverridesOnlyWhatItSays() {
		// given
		ScheduleProperties properties = properties(Map.of("delta-sync",
				new JobSchedule(false, null, ZoneId.of("UTC"), DeadExecutionPolicy.REPORT), "reconciliation",
				new JobSchedule(null, "0 30 4 * * *", null, null)));

		// when
		List<ScheduledJob> jobs = ScheduledJob.of(properties, JOBS);

		// then
		ScheduledJob delta = named(jobs, "delta-sync");
		assertThat(delta.enabled()).isFalse();
		assertThat(delta.cron()).hasToString("0 */15 * * * *");
		assertThat(delta.zone()).isEqualTo(ZoneId.of("UTC"));
		assertThat(delta.onDeadExecution()).isEqualTo(DeadExecutionPolicy.REPORT);
		ScheduledJob reconciliation = named(jobs, "reconciliation");
		assertThat(reconciliation.enabled()).isTrue();
		assertThat(reconciliation.zone()).isEqualTo(LONDON);
		assertThat(reconciliation.nextAfter(Instant.parse("2026-11-30T05:00:00Z")))
			.isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a cron of five fields | delta-sync | */15 * * * * | sync.schedule.jobs.delta-sync.cron '*/15 * * * *' is not a cron of six fields",
			"words | reconciliation | nightly | sync.schedule.jobs.reconciliation.cron 'nightly' is not a cron",
			"an hour out of range | catalogue-refresh | 0 0 25 * * * | sync.schedule.jobs.catalogue-refresh.cron '0 0 25 * * *' is not a cron" })
	void aWrongCronIsNamedInOneLine(String what, String job, String cron, String message) {
		// given
		ScheduleProperties properties = properties(Map.of(job, new JobSchedule(null, cron, null, null)));

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> ScheduledJob.of(properties, JOBS))
			.withMessageStartingWith(message)
			.withMessageNotContaining("\n");
	}

	@Test
	void aScheduleForNoJobIsRefused() {
		// given
		ScheduleProperties properties = properties(Map.of("delta-synk", new JobSchedule(false, null, null, null)));

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> ScheduledJob.of(properties, JOBS))
			.withMessage("sync.schedule.jobs names no job [delta-synk]; the jobs are " + JOBS);
	}

	@ParameterizedTest(name = "last run {1}, now {2}: catch up {3}")
	@CsvSource({ "0 */15 * * * *, 2026-11-30T06:00:00Z, 2026-11-30T07:03:10Z, 2026-11-30T07:00:00Z",
			"0 */15 * * * *, 2025-01-01T00:00:00Z, 2026-11-30T07:03:10Z, 2026-11-30T07:00:00Z",
			"0 */15 * * * *, 2026-11-30T07:00:00Z, 2026-11-30T07:03:10Z, ",
			"0 0 3 * * SUN, 2026-11-22T03:00:00Z, 2026-11-30T07:03:10Z, 2026-11-29T03:00:00Z",
			"0 0 3 * * SUN, 2026-11-29T03:00:00Z, 2026-11-30T07:03:10Z, ",
			"*/2 * * * * *, 2020-01-01T00:00:00Z, 2026-11-30T07:03:11Z, 2026-11-30T07:03:10Z" })
	void aMissedFiringIsCaughtUpOnceAtItsLatest(String cron, Instant lastRun, Instant now, Instant expected) {
		// given
		ScheduledJob job = named(ScheduledJob.of(properties(Map.of("delta-sync", new JobSchedule(null, cron,
				ZoneId.of("UTC"), null))), JOBS), "delta-sync");

		// when / then
		assertThat(job.latestMissed(lastRun, now)).isEqualTo(java.util.Optional.ofNullable(expected));
	}

	private static ScheduleProperties properties(Map<String, JobSchedule> jobs) {
		return new ScheduleProperties(true, LONDON, true, Duration.ofSeconds(1), Duration.ofMinutes(1), jobs);
	}

	private static ScheduledJob named(List<ScheduledJob> jobs, String name) {
		return jobs.stream().filter(job -> job.name().equals(name)).findFirst().orElseThrow();
	}

}
