package com.akeneokhaos.jobs.refresh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * (SIGKILL) mid-run; {@code restart ID --after-crash} then ends with the outbox and the exceptions an
 * uninterrupted run of the same catalogue writes: every item published once (SCS parents and children
 * too), every rejected one recorded once.
 */
class CatalogueRefreshKillTest {

	@TempDir
	Path folder;

	static Stream<Arguments> catalogues() {
		return Stream.of(Arguments.of("simple products", CatalogueSpec.of(31337L, 2000).withDefectsSpreadEvenly(24)),
				Arguments.of("1- and 2-level models", CatalogueSpec.of(31338L, 1200).withDefectsSpreadEvenly(12)
					.withModels(20, 10, 3)
					.withFiveAxisModels(1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("catalogues")
	void killedRunRestartsAndPublishesEveryItemExactlyOnce(String name, CatalogueSpec spec) throws Exception {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(spec);
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			// given
			Outcome uninterrupted = uninterruptedRun(akeneo);
			TestDatabase.Coordinates db = TestDatabase.newDatabase("kill");
			JdbcClient jdbc = jdbc(db);
			akeneo.simulator().delayResponses(Duration.ofMillis(150));
			Process child = new ProcessBuilder(command(db, akeneo))
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
			akeneo.simulator().clearFaults();
			int exitCode = cli(db, akeneo, "restart", String.valueOf(executionId), "--after-crash");
			// then
			assertThat(publishedBeforeKill).isBetween(500L, (long) uninterrupted.entriesByStockId().size() - 1);
			assertThat(statusAfterKill).isEqualTo("STARTED");
			assertThat(exitCode).isZero();
			assertThat(outcome(jdbc)).isEqualTo(uninterrupted);
			assertThat(uninterrupted.entriesByStockId()).allSatisfy((stockId, entries) -> assertThat(entries).isOne());
		}
	}

	/** The same catalogue refreshed without a crash, on a database of its own. */
	private Outcome uninterruptedRun(AkeneoSandbox akeneo) {
		TestDatabase.Coordinates db = TestDatabase.newDatabase("kill_reference");
		assertThat(cli(db, akeneo, "run", "catalogue-refresh")).isZero();
		return outcome(jdbc(db));
	}

	private static Outcome outcome(JdbcClient jdbc) {
		Map<String, Long> entries = new TreeMap<>();
		jdbc.sql("SELECT stock_id, COUNT(*) FROM khaos_outbox GROUP BY stock_id")
			.query(rs -> {
				entries.put(rs.getString(1), rs.getLong(2));
			});
		List<String> exceptions = jdbc.sql("SELECT CONCAT(item_key, ' ', rule_code) FROM sync_exception ORDER BY 1")
			.query(String.class)
			.list();
		return new Outcome(entries, exceptions);
	}

	private static JdbcClient jdbc(TestDatabase.Coordinates db) {
		return JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
	}

	private static long outboxCount(JdbcClient jdbc) {
		try {
			return jdbc.sql("SELECT COUNT(*) FROM khaos_outbox").query(Long.class).single();
		}
		catch (RuntimeException tableNotThereYet) {
			return 0;
		}
	}

	private static List<String> command(TestDatabase.Coordinates db, AkeneoSandbox akeneo) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), AkeneoKhaosSyncApplication.class.getName()));
		command.addAll(arguments(db, akeneo, "run", "catalogue-refresh"));
		return command;
	}

	private static int cli(TestDatabase.Coordinates db, AkeneoSandbox akeneo, String... words) {
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return SpringApplication.exit(application.run(arguments(db, akeneo, words).toArray(String[]::new)));
	}

	private static List<String> arguments(TestDatabase.Coordinates db, AkeneoSandbox akeneo, String... words) {
		List<String> arguments = new ArrayList<>(List.of(words));
		arguments.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password()));
		arguments.addAll(akeneo.arguments());
		return arguments;
	}

	/** What a refresh left: outbox entries per StockID, and the exceptions (item and rule). */
	private record Outcome(Map<String, Long> entriesByStockId, List<String> exceptions) {
	}

}
