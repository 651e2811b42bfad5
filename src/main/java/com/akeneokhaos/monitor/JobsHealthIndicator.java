package com.akeneokhaos.monitor;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code jobs} health component: for each job of the suite, how its last execution (the newest, whichever
 * instance it belongs to: a restart counts) stands in Spring Batch's metadata: status, exit code and end time. Always
 * UP: a failed run is for an operator to read here, not a reason for a load balancer to take the service (and the
 * Khaos channel) away. UNKNOWN when the metadata cannot be read; the {@code db} component says why.
 */
@Component
class JobsHealthIndicator implements HealthIndicator {

	private final JdbcClient jdbc;

	private final List<String> jobNames;

	JobsHealthIndicator(JdbcClient jdbc, List<Job> jobs) {
		this.jdbc = jdbc;
		this.jobNames = jobs.stream().map(Job::getName).sorted().toList();
	}

	@Override
	public Health health() {
		Map<String, Object> lastRuns;
		try {
			lastRuns = lastRuns();
		}
		catch (DataAccessException ex) {
			return Health.unknown().withDetail("error", "cannot read the job executions: " + ex.getMessage()).build();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		jobNames.forEach(job -> details.put(job, lastRuns.getOrDefault(job, "never run")));
		return Health.up().withDetails(details).build();
	}

	/** The newest execution of each job that has one, as details. */
	private Map<String, Object> lastRuns() {
		Map<String, Object> runs = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT i.JOB_NAME, e.JOB_EXECUTION_ID, e.STATUS, e.EXIT_CODE, e.END_TIME
				FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE e.JOB_EXECUTION_ID IN (
				  SELECT MAX(le.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION le
				  JOIN BATCH_JOB_INSTANCE li ON li.JOB_INSTANCE_ID = le.JOB_INSTANCE_ID
				  GROUP BY li.JOB_NAME)
				""").query(rs -> {
			Map<String, Object> run = new LinkedHashMap<>();
			run.put("executionId", rs.getLong(2));
			run.put("status", rs.getString(3));
			run.put("exitCode", rs.getString(4));
			LocalDateTime end = rs.getObject(5, LocalDateTime.class);
			if (end != null) {
				run.put("endTime", end.atZone(ZoneId.systemDefault()).toInstant().toString());
			}
			runs.put(rs.getString(1), run);
		});
		return runs;
	}

}
