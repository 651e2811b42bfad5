package com.akeneokhaos.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.support.TestDatabase;

import static org.awaitility.Awaitility.await;

/**
 * Service instances with their scheduler on one database and one Akeneo sandbox, as several machines of one
 * deployment would run, and what the Batch tables say they ran.
 *
 * @param db the shared database
 * @param akeneo the Akeneo sandbox
 */
record ServiceInstances(TestDatabase.Coordinates db, AkeneoSandbox akeneo) {

	private static final List<String> JOBS = List.of("asset-url-sync", "catalogue-refresh", "delta-sync",
			"reconciliation", "sku-onboarding");

	/** A service whose scheduler runs only the jobs given a cron in {@code schedule} ({@code job=cron}). */
	ConfigurableApplicationContext start(List<String> settings, String... schedule) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--server.port=0", "--khaos.channel.public-base-url=http://localhost:1",
				"--sync.schedule.enabled=true", "--sync.schedule.tick=100ms", "--sync.schedule.dead-check=200ms",
				"--sync.launch.lease=3s"));
		arguments.addAll(akeneo.arguments());
		List<String> scheduled = Stream.of(schedule).map(s -> s.split("=", 2)[0]).toList();
		for (String job : JOBS) {
			arguments.add("--sync.schedule.jobs." + job + ".enabled=" + scheduled.contains(job));
		}
		Stream.of(schedule)
			.map(s -> s.split("=", 2))
			.forEach(s -> arguments.add("--sync.schedule.jobs." + s[0] + ".cron=" + s[1]));
		arguments.addAll(settings);
		return new SpringApplicationBuilder(AkeneoKhaosSyncApplication.class).run(arguments.toArray(String[]::new));
	}

	JdbcClient jdbc() {
		return JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
	}

	/** Every execution of the job, oldest first. */
	List<Run> runs(String job) {
		return jdbc().sql("SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, e.STATUS, e.EXIT_MESSAGE, e.START_TIME, "
				+ "e.END_TIME, (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = "
				+ "e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'schedule.firing') FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
				+ "ORDER BY e.JOB_EXECUTION_ID")
			.param(job)
			.query((rs, n) -> new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDateTime.class), rs.getObject(6, LocalDateTime.class), rs.getString(7)))
			.list();
	}

	/** Waits until no execution of any job is marked running. */
	void awaitQuiet(Duration atMost) {
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc().sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN "
					+ "('STARTING', 'STARTED', 'STOPPING')").query(Long.class).single() == 0);
	}

	/** One execution as the Batch tables hold it. */
	record Run(long id, long instanceId, String status, String exitMessage, LocalDateTime start,
			LocalDateTime end, String firing) {
	}

}
