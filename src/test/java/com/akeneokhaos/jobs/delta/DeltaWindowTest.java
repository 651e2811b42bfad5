package com.akeneokhaos.jobs.delta;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.changes.Watermarks;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where a delta starts reading: the first start of the last completed delta-sync or refresh (in UTC, Akeneo's
 * format) minus the overlap; failed runs and other jobs do not move it; a {@code since} parameter wins.
 */
class DeltaWindowTest {

	private JdbcClient jdbc;

	private DeltaWindow window;

	private long nextId = 1;

	@BeforeEach
	void database() {
		TestDatabase.Coordinates db = TestDatabase.newDatabase("delta_window");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
		window = new DeltaWindow(new Watermarks(jdbc), new DeltaProperties(Duration.ofMinutes(5), 100, 1000));
	}

	@Test
	void noCompletedRunMeansNoWindow() {
		// given
		instance("catalogue-refresh", "2026-11-30T10:00:00", "FAILED");

		// then
		assertThat(window.watermark()).isEmpty();
		assertThat(window.since(new JobParametersBuilder().toJobParameters())).isNull();
	}

	@Test
	void theFirstAttemptOfTheLastCompletedRunMinusTheOverlap() {
		// given
		instance("catalogue-refresh", "2026-11-30T08:00:00", "FAILED", "2026-11-30T09:30:00", "COMPLETED");
		instance("delta-sync", "2026-11-30T09:00:00", "COMPLETED");
		instance("delta-sync", "2026-11-30T11:00:00", "FAILED");
		instance("some-other-job", "2026-11-30T12:00:00", "COMPLETED");

		// when
		String since = window.watermark().orElseThrow();

		// then
		assertThat(since).isEqualTo(utc("2026-11-30T08:55:00"));
	}

	@Test
	void aSinceParameterWinsAndAMalformedOneIsRefusedClearly() throws Exception {
		// given
		instance("delta-sync", "2026-11-30T09:00:00", "COMPLETED");
		var given = new JobParametersBuilder().addString("since", "2026-01-01 00:00:00").toJobParameters();
		var malformed = new JobParametersBuilder().addString("since", "yesterday").toJobParameters();

		// when
		window.validate(given);

		// then
		assertThat(window.since(given)).isEqualTo("2026-01-01 00:00:00");
		assertThatThrownBy(() -> window.validate(malformed)).isInstanceOf(InvalidJobParametersException.class)
			.hasMessage("since must be a UTC time as yyyy-MM-dd HH:mm:ss, was 'yesterday'");
	}

	/** A job instance whose executions started at these local times with these statuses, in pairs. */
	private void instance(String job, String... startsAndStatuses) {
		long instance = nextId++;
		jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)")
			.params(instance, job, "key" + instance)
			.update();
		for (int i = 0; i < startsAndStatuses.length; i += 2) {
			LocalDateTime start = LocalDateTime.parse(startsAndStatuses[i]);
			jdbc.sql("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, "
					+ "START_TIME, STATUS) VALUES (?, 0, ?, ?, ?, ?)")
				.params(nextId++, instance, start, start, startsAndStatuses[i + 1])
				.update();
		}
	}

	/** The local time as Akeneo's UTC filter text. */
	private static String utc(String local) {
		return LocalDateTime.parse(local).atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC)
			.format(DeltaWindow.AKENEO_DATE);
	}

}
