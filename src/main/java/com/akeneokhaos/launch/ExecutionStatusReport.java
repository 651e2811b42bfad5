package com.akeneokhaos.launch;

import java.io.PrintStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code status} command: recent executions of every job, newest first, with their counts. */
@Component
class ExecutionStatusReport {

	private final JdbcClient jdbc;

	ExecutionStatusReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int print(int limit, PrintStream out) {
		out.printf("%-8s %-20s %-10s %-20s %8s %8s %8s%n", "id", "job", "status", "started", "read", "written",
				"skipped");
		jdbc.sql("""
				SELECT e.JOB_EXECUTION_ID id, i.JOB_NAME job, e.STATUS status, e.START_TIME started,
				  COALESCE(SUM(s.READ_COUNT), 0) r, COALESCE(SUM(s.WRITE_COUNT), 0) w,
				  COALESCE(SUM(s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT), 0) k
				FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				LEFT JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				GROUP BY e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME
				ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?
				""").param(limit).query(rs -> {
			out.printf("%-8d %-20s %-10s %-20s %8d %8d %8d%n", rs.getLong("id"), rs.getString("job"),
					rs.getString("status"), String.valueOf(rs.getTimestamp("started")), rs.getLong("r"), rs.getLong("w"),
					rs.getLong("k"));
		});
		return CommandLineJobs.COMPLETED;
	}

}
