package com.akeneokhaos.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

import com.akeneokhaos.schedule.ScheduleProperties.DeadExecutionPolicy;
import com.akeneokhaos.schedule.ScheduleProperties.JobSchedule;

/**
 * One job's schedule as the scheduler keeps it: the built-in one with the operator's changes applied.
 *
 * @param name the job
 * @param enabled whether the scheduler starts it
 * @param cron when it runs
 * @param zone the time zone the cron is read in
 * @param onDeadExecution what to do with an execution of it whose process died
 */
record ScheduledJob(String name, boolean enabled, CronExpression cron, ZoneId zone,
		DeadExecutionPolicy onDeadExecution) {

	/** Widening windows looked back through for the latest missed firing, so a frequent cron is not walked for years. */
	private static final List<Duration> LOOK_BACK = List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(8),
			Duration.ofDays(32), Duration.ofDays(367));

	/** Each job's schedule; a setting naming no job or holding no cron stops start-up with one line. */
	static List<ScheduledJob> of(ScheduleProperties properties, Collection<String> jobNames) {
		Set<String> unknown = new TreeSet<>(properties.jobs().keySet());
		unknown.removeAll(jobNames);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("sync.schedule.jobs names no job " + unknown + "; the jobs are "
					+ new TreeSet<>(jobNames));
		}
		return jobNames.stream().sorted().map(name -> of(name, properties)).toList();
	}

	private static ScheduledJob of(String name, ScheduleProperties properties) {
		JobSchedule change = properties.jobs().getOrDefault(name, new JobSchedule(null, null, null, null));
		String cron = (change.cron() != null) ? change.cron() : DefaultSchedules.CRONS.get(name);
		if (cron == null) {
			throw new IllegalArgumentException("sync.schedule.jobs." + name + ".cron is not set (job " + name
					+ " has no built-in schedule)");
		}
		return new ScheduledJob(name, !Boolean.FALSE.equals(change.enabled()), parse(name, cron),
				(change.zone() != null) ? change.zone() : properties.zone(),
				(change.onDeadExecution() != null) ? change.onDeadExecution() : DeadExecutionPolicy.RESTART);
	}

	private static CronExpression parse(String name, String cron) {
		try {
			return CronExpression.parse(cron);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("sync.schedule.jobs." + name + ".cron '" + cron
					+ "' is not a cron of six fields, seconds first (e.g. '0 */15 * * * *'): " + ex.getMessage());
		}
	}

	/** The first firing after {@code instant}. */
	@Nullable Instant nextAfter(Instant instant) {
		ZonedDateTime next = cron.next(instant.atZone(zone));
		return (next != null) ? next.toInstant() : null;
	}

	/** The latest firing after {@code since} and not after {@code now}: the one a catch-up run stands for. */
	Optional<Instant> latestMissed(Instant since, Instant now) {
		for (Duration window : LOOK_BACK) {
			Instant from = now.minus(window).isAfter(since) ? now.minus(window) : since;
			Optional<Instant> latest = latestBetween(from, now);
			if (latest.isPresent() || from.equals(since)) {
				return latest;
			}
		}
		return Optional.empty();
	}

	private Optional<Instant> latestBetween(Instant after, Instant upTo) {
		Instant latest = null;
		for (Instant next = nextAfter(after); next != null && !next.isAfter(upTo); next = nextAfter(next)) {
			latest = next;
		}
		return Optional.ofNullable(latest);
	}

}
