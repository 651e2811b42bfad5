package com.akeneokhaos.schedule;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When the service's scheduler starts a job, for the admin API and the console.
 *
 * @param enabled whether the scheduler starts it
 * @param cron its cron (six fields, seconds first)
 * @param zone the time zone the cron is read in
 * @param onDeadExecution what happens to an execution of it whose process died ({@code RESTART} or {@code REPORT})
 * @param nextFiring when it is due next; null when it is not scheduled
 */
public record JobPlan(boolean enabled, String cron, String zone, String onDeadExecution,
		@Nullable Instant nextFiring) {
}
