package com.akeneokhaos.launch;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line under the job locks: nothing starts while another process holds a job's lock, and an execution
 * left marked running by a dead process is restarted once its lock has lapsed, or at once with
 * {@code --after-crash}.
 */
class CliJobLockTest {

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CatalogueGenerator.generate(CatalogueSpec.of(34L, 60)));

	static final TestDatabase.Coordinates DB = TestDatabase.newDatabase("cli_job_lock");

	static final Cli CLI = Cli.against(DB, AKENEO);

	static final JdbcClient JDBC = JdbcClient.create(new DriverManagerDataSource(DB.url(), DB.username(), DB.password()));

	@BeforeAll
	static void migrated() {
		assertThat(CLI.run("status").exitCode()).isZero();
	}

	@AfterAll
	static void stopAkeneo() {
		AKENEO.close();
	}

	@BeforeEach
	void noLocks() {
		JDBC.sql("DELETE FROM sync_job_lock").update();
	}

	@Test
	void aJobWhoseLockAnotherProcessHoldsIsNotStarted() {
		// given
		long executions = executions();
		lockedByAnotherProcess("catalogue-refresh", utcNow().plusMinutes(5));

		// when
		Cli.Result run = CLI.run("run", "catalogue-refresh");

		// then
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.output()).contains("error: catalogue-refresh is already running (its lock is held by "
				+ "other-host/4242/abcdef until ");
		assertThat(executions()).isEqualTo(executions);
	}

	@Test
	void anExecutionLeftRunningIsRestartedOnceItsLockLapsed() {
		// given an execution a dead process left STARTED, its lock lapsed a minute ago
		long left = leftRunning();
		lockedByAnotherProcess("catalogue-refresh", utcNow().minusMinutes(1));

		// when
		Cli.Result restart = CLI.run("restart", String.valueOf(left));

		// then
		assertThat(restart.exitCode()).as(restart.output()).isZero();
		assertThat(status(left)).isEqualTo("FAILED");
		assertThat(exitMessage(left)).startsWith("The process running it stopped without ending it (its lock lapsed)");
	}

	@Test
	void anExecutionLeftRunningUnderALiveLockNeedsAfterCrash() {
		// given
		long left = leftRunning();
		lockedByAnotherProcess("catalogue-refresh", utcNow().plusMinutes(5));

		// when
		Cli.Result refused = CLI.run("restart", String.valueOf(left));
		Cli.Result afterCrash = CLI.run("restart", String.valueOf(left), "--after-crash");

		// then
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.output()).contains("run: restart " + left + " --after-crash");
		assertThat(afterCrash.exitCode()).as(afterCrash.output()).isZero();
		assertThat(status(left)).isEqualTo("FAILED");
	}

	/** A catalogue-refresh that a killed process left STARTED: a failed run marked running again. */
	private long leftRunning() {
		AKENEO.simulator().failProductPagesFrom(1, 500);
		Cli.Result failed = CLI.with("akeneo.retry.max-retries", "0").run("run", "catalogue-refresh");
		AKENEO.simulator().clearFaults();
		assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
		long id = JDBC.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
		JDBC.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = ?").param(id).update();
		return id;
	}

	/** The job's lock as another process holding it would leave it (times in UTC, as the database keeps them). */
	private static void lockedByAnotherProcess(String job, LocalDateTime until) {
		JDBC.sql("DELETE FROM sync_job_lock WHERE name = ?").param(job).update();
		JDBC.sql("INSERT INTO sync_job_lock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)")
			.params(job, until, utcNow().minusMinutes(10), "other-host/4242/abcdef")
			.update();
	}

	private static LocalDateTime utcNow() {
		return LocalDateTime.now(ZoneOffset.UTC);
	}

	private static long executions() {
		return JDBC.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
	}

	private static String status(long execution) {
		return JDBC.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
			.param(execution)
			.query(String.class)
			.single();
	}

	private static String exitMessage(long execution) {
		return JDBC.sql("SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
			.param(execution)
			.query(String.class)
			.single();
	}

}
