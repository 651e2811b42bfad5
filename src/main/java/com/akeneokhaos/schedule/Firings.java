package com.akeneokhaos.schedule;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A scheduled run's business key: the firing time it stands for, as the identifying job parameter
 * {@value #PARAMETER} (an ISO instant). Batch keeps one job instance per key, so a firing that two service
 * instances both see is run by one of them only.
 */
@Component
class Firings {

	static final String PARAMETER = "schedule.firing";

	private final JdbcClient jdbc;

	Firings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static JobParameters parameters(Instant firing) {
		return new JobParametersBuilder().addString(PARAMETER, DateTimeFormatter.ISO_INSTANT.format(firing), true)
			.toJobParameters();
	}

	/** The latest firing of the job that was run (by any instance). */
	Optional<Instant> latestRun(String jobName) {
		return jdbc.sql("SELECT MAX(p.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION_PARAMS p "
				+ "JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
				+ "WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = ?")
			.params(jobName, PARAMETER)
			.query(String.class)
			.optional()
			.map(Instant::parse);
	}

}
