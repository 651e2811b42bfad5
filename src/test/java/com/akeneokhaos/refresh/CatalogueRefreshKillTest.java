package com.akeneokhaos.refresh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Restart is exact after a real crash: the CLI runs the refresh in a JVM of its own, which is killed
 * (SIGKILL) mid-run; {@code restart ID --after-crash} then ends with every valid product published once
 * and every rejected one recorded once.
 */
class CatalogueRefreshKillTest {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(31337L, 2000).withDefectsSpreadEvenly(24));

	static final AkeneoSandbox SANDBOX = AkeneoSandbox.start(CATALOGUE);

	@TempDir
	Path folder;

	@AfterAll
	static void stopSandbox() {
		SANDBOX.close();
	}

	@Test
	void killedRunRestartsAndPublishesEveryProductExactlyOnce() throws Exception {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("kill");
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
		SANDBOX.simulator().delayResponses(Duration.ofMillis(150));
		Process child = new ProcessBuilder(command(db))
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("child.log").toFile())
			.start();
		// when
		await().atMost(120, TimeUnit.SECONDS).until(() -> outboxCount(jdbc) >= 500 || !child.isAlive());
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		long publishedBeforeKill = outboxCount(jdbc);
		long executionId = jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
		String statusAfterKill = jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
			.param(executionId)
			.query(String.class)
			.single();
		SANDBOX.simulator().clearFaults();
		int exitCode = cli(db, "restart", String.valueOf(executionId), "--after-crash");
		// then
		assertThat(publishedBeforeKill).isBetween(500L, (long) CATALOGUE.validUuids().size() - 1);
		assertThat(statusAfterKill).isEqualTo("STARTED");
		assertThat(exitCode).isZero();
		assertThat(outboxCount(jdbc)).isEqualTo(CATALOGUE.validUuids().size());
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox").query(Long.class).single())
			.isEqualTo(CATALOGUE.validUuids().size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_exception").query(Long.class).single())
			.isEqualTo(CATALOGUE.expectedRejections().size());
	}

	private static long outboxCount(JdbcClient jdbc) {
		try {
			return jdbc.sql("SELECT COUNT(*) FROM khaos_outbox").query(Long.class).single();
		}
		catch (RuntimeException tableNotThereYet) {
			return 0;
		}
	}

	private static List<String> command(TestDatabase.Coordinates db) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), AkeneoKhaosSyncApplication.class.getName()));
		command.addAll(arguments(db, "run", "catalogue-refresh"));
		return command;
	}

	private static int cli(TestDatabase.Coordinates db, String... words) {
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return SpringApplication.exit(application.run(arguments(db, words).toArray(String[]::new)));
	}

	private static List<String> arguments(TestDatabase.Coordinates db, String... words) {
		List<String> arguments = new ArrayList<>(List.of(words));
		arguments.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password()));
		arguments.addAll(SANDBOX.arguments());
		return arguments;
	}

}
