package com.akeneokhaos.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scheduler of the service ({@code sync.schedule.*}, in {@code jobs/jobs.yml}). Each job has a built-in cron
 * ({@link DefaultSchedules}); an entry under {@code jobs} changes any part of it.
 *
 * @param enabled whether the service starts jobs by itself at all
 * @param zone the time zone of every cron that does not name its own
 * @param catchUp whether a service that was down when a job should have run runs it once on start
 * @param tick how often the scheduler looks whether a job is due
 * @param deadCheck how often it looks for executions whose process died (then restarts or reports them)
 * @param jobs changes to the built-in schedule, by job name
 */
@Validated
@ConfigurationProperties("sync.schedule")
record ScheduleProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Europe/London") ZoneId zone,
		@DefaultValue("true") boolean catchUp,
		@DefaultValue("1s") @DurationMin(millis = 50, message = "sync.schedule.tick must be at least 50ms") Duration tick,
		@DefaultValue("1m") @DurationMin(millis = 50,
				message = "sync.schedule.dead-check must be at least 50ms") Duration deadCheck,
		@DefaultValue Map<String, JobSchedule> jobs) {

	/**
	 * One job's schedule; what is left out keeps the built-in value.
	 *
	 * @param enabled whether the scheduler starts this job
	 * @param cron when: six fields, seconds first ({@code 0 0 2 * * *} is 02:00 every day)
	 * @param zone the time zone the cron is read in
	 * @param onDeadExecution what to do with an execution whose process died: restart it, or only mark it failed
	 */
	record JobSchedule(@Nullable Boolean enabled, @Nullable String cron, @Nullable ZoneId zone,
			@Nullable DeadExecutionPolicy onDeadExecution) {
	}

	/** What the scheduler does with an execution whose process died, once it has marked it failed. */
	enum DeadExecutionPolicy {

		/** Restart it: it goes on from its last committed chunk. */
		RESTART,

		/** Leave it failed, for a person to look at and restart. */
		REPORT

	}

}
