package com.akeneokhaos.schedule;

import java.util.Map;

/** When each job runs unless {@code jobs/jobs.yml} says otherwise (six-field crons, seconds first). */
final class DefaultSchedules {

	static final Map<String, String> CRONS = Map.of(
			"delta-sync", "0 */15 * * * *",
			"sku-onboarding", "0 */5 * * * *",
			"asset-url-sync", "0 30 * * * *",
			"reconciliation", "0 0 2 * * *",
			"catalogue-refresh", "0 0 3 * * SUN");

	private DefaultSchedules() {
	}

}
