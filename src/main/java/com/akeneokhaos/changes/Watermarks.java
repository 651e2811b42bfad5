package com.akeneokhaos.changes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Up to when a job has read Akeneo's changes: the start of the last completed run of the given jobs (of its first
 * attempt, when it was restarted: what it read before the crash was read then), from Spring Batch's metadata.
 * Batch records local times; the result is an instant.
 */
@Component
public class Watermarks {

	private final JdbcClient jdbc;

	public Watermarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The start of the last completed run of any of these jobs; empty when none has completed. */
	public Optional<Instant> lastCompletedStart(Collection<String> jobNames) {
		return jdbc.sql("""
				SELECT MAX(first_start) FROM (
				  SELECT MIN(e.START_TIME) AS first_start
				  FROM BATCH_JOB_INSTANCE i JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID
				  WHERE i.JOB_NAME IN (:jobs)
				  GROUP BY i.JOB_INSTANCE_ID
				  HAVING SUM(e.STATUS = 'COMPLETED') > 0) completed
				""")
			.param("jobs", jobNames)
			.query(LocalDateTime.class)
			.optional()
			.map(start -> start.atZone(ZoneId.systemDefault()).toInstant());
	}

}
