package com.akeneokhaos.monitor;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many items a step of a full-read job is expected to read: what the same step read in the job's last completed
 * execution, from Spring Batch's metadata. An estimate: the catalogue may have grown or shrunk since.
 */
@Component
class ExpectedTotals {

	private final JdbcClient jdbc;

	ExpectedTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The read count of the step in the job's newest COMPLETED execution; empty when none has completed. */
	Optional<Long> lastCompletedRead(String job, String step) {
		return jdbc.sql("""
				SELECT s.READ_COUNT FROM BATCH_STEP_EXECUTION s
				JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED' AND s.STEP_NAME = ?
				ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1
				""").params(job, step).query(Long.class).optional();
	}

}
