package com.akeneokhaos.jobs.delta;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.ChildJvm;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/**
 * Restart is exact for delta-sync after a real crash. One Akeneo is refreshed into two databases, then changed
 * once in the ways a delta must catch: about 600 products renamed and a root model rewritten (their
 * {@code updated} moves), a category moved, another deleted and a brand option relabelled (reference changes
 * that leave {@code updated} alone, so many renamed items are also found by a later search). On one database
 * delta-sync runs uninterrupted; on the other the CLI runs it in a JVM of its own that is SIGKILLed mid-run, then {@code restart ID --after-crash} finishes it. Both must end with the same outbox
 * entries (each StockID once, the same payloads) and the same exceptions, and a refresh afterwards finds
 * nothing the restarted delta missed. Why: a delta reads the union of several Akeneo searches and decides its
 * plan once; a restart must neither lose nor repeat an item of that union.
 */
class DeltaSyncKillTest {

	private static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261215L, 1200).withDefectsSpreadEvenly(12)
		.withModels(10, 5, 3);

	/** Smaller chunks than the default: more commits, so the kill lands between and inside them. */
	private static final List<String> SETTINGS = List.of("--sync.delta.chunk-size=20");

	private static final long KILL_FROM_ENTRIES = 200;

	@TempDir
	Path folder;

	@Test
	void aDeltaKilledMidRunAndRestartedPublishesEveryChangeExactlyOnce() throws Exception {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(CATALOGUE);
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			// given
			Cli reference = refreshed(new Cli(TestDatabase.newDatabase("delta_kill_reference"), akeneo));
			Cli crashed = refreshed(new Cli(TestDatabase.newDatabase("delta_kill"), akeneo));
			changeAkeneoOnce(catalogue, akeneo.simulator());
			assertThat(reference.run("run", "delta-sync")).isZero();
			Outcome uninterrupted = reference.deltaOutcome();

			// when
			akeneo.simulator().delayResponses(Duration.ofMillis(120));
			long entriesBeforeKill = crashed.runDeltaInChildAndKill(folder.resolve("delta-child.log"));
			long killedExecution = crashed.lastExecutionOf(DeltaSyncJobConfiguration.JOB_NAME);
			String statusAfterKill = crashed.statusOf(killedExecution);
			akeneo.simulator().clearFaults();
			int restartExitCode = crashed.run("restart", String.valueOf(killedExecution), "--after-crash");
			long refreshAfterwards = crashed.refreshPublishes();

			// then
			assertThat(entriesBeforeKill).as("outbox entries of the delta when it was killed")
				.isBetween(KILL_FROM_ENTRIES, uninterrupted.entryCount() - 1);
			assertThat(statusAfterKill).isEqualTo("STARTED");
			assertThat(restartExitCode).isZero();
			assertThat(uninterrupted.repeatedStockIds()).isEmpty();
			Outcome restarted = crashed.deltaOutcome();
			assertSoftly(softly -> {
				softly.assertThat(restarted.repeatedStockIds()).as("StockIDs published more than once").isEmpty();
				softly.assertThat(restarted.stockIds()).as("StockIDs published")
					.containsExactlyElementsOf(uninterrupted.stockIds());
				softly.assertThat(restarted.stockIdsWithOtherPayloadsThan(uninterrupted))
					.as("StockIDs whose payloads differ from the uninterrupted run's")
					.isEmpty();
				softly.assertThat(restarted.exceptions()).as("exceptions (item key, rule code) of the delta")
					.containsExactlyElementsOf(uninterrupted.exceptions());
				softly.assertThat(refreshAfterwards).as("outbox entries of a refresh after the restarted delta").isZero();
			});
		}
	}

	/** The database after a first, uninterrupted catalogue-refresh: the delta's window and reference snapshot. */
	private static Cli refreshed(Cli cli) {
		assertThat(cli.run("run", "catalogue-refresh")).isZero();
		return cli;
	}

	/**
	 * One set of changes for both databases, made after both refreshes completed (the simulator stamps
	 * {@code updated} with the real clock; the window starts 5 minutes before the refresh).
	 */
	private static void changeAkeneoOnce(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		renameEverySecondProduct(catalogue, akeneo);
		ReferenceData data = catalogue.referenceData();
		List<Category> secondLevel = secondLevelMasterCategories(data);
		Category moved = secondLevel.get(0);
		String newParent = firstLevelMasterCategories(data).stream()
			.filter(code -> !code.equals(moved.parent()))
			.findFirst()
			.orElseThrow();
		akeneo.updateCategory(moved.code(), category -> category.put("parent", newParent));
		akeneo.deleteCategory(secondLevel.get(secondLevel.size() - 1).code());
		akeneo.updateAttributeOption("brand", aBrandInUse(catalogue, akeneo), Map.of("en_GB", "Relabelled brand"));
		akeneo.updateProductModel(catalogue.rootModelCodes().get(0),
				model -> rewrite(model, "description", "Rewritten description"));
	}

	/** Every second product that is not a model's variant, in uuid order: about 600. */
	private static void renameEverySecondProduct(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		Set<String> variants = Set.copyOf(catalogue.modelVariantUuids());
		List<String> products = catalogue.uuids().stream().filter(uuid -> !variants.contains(uuid)).toList();
		for (int i = 0; i < products.size(); i += 2) {
			String uuid = products.get(i);
			akeneo.updateProduct(uuid, product -> rewrite(product, "name", "Renamed " + uuid.substring(0, 8)));
		}
	}

	private static List<Category> secondLevelMasterCategories(ReferenceData data) {
		return data.categories().values().stream()
			.filter(category -> data.categoryPath(category.code()).size() == 3)
			.filter(category -> "master".equals(data.categoryPath(category.code()).get(0).code()))
			.sorted(Comparator.comparing(Category::code))
			.toList();
	}

	private static List<String> firstLevelMasterCategories(ReferenceData data) {
		return data.categories().values().stream()
			.filter(category -> "master".equals(category.parent()))
			.map(Category::code)
			.sorted()
			.toList();
	}

	private static String aBrandInUse(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		return catalogue.validUuids().stream()
			.map(uuid -> akeneo.product(uuid).orElseThrow().at("/values/brand/0/data").asString(""))
			.filter(brand -> !brand.isEmpty())
			.findFirst()
			.orElseThrow();
	}

	private static void rewrite(ObjectNode item, String attribute, String text) {
		item.path("values").path(attribute).forEach(value -> ((ObjectNode) value).put("data", text));
	}

	/**
	 * What the delta executions of one database left: the payloads of their outbox entries by StockID (one per
	 * entry, sorted) and their exceptions (item key and rule code, sorted).
	 */
	private record Outcome(Map<String, List<String>> payloadsByStockId, List<String> exceptions) {

		Set<String> stockIds() {
			return payloadsByStockId.keySet();
		}

		Set<String> repeatedStockIds() {
			return stockIdsWhere(stockId -> payloadsByStockId.get(stockId).size() > 1);
		}

		Set<String> stockIdsWithOtherPayloadsThan(Outcome other) {
			return stockIdsWhere(stockId -> other.payloadsByStockId.containsKey(stockId)
					&& !other.payloadsByStockId.get(stockId).equals(payloadsByStockId.get(stockId)));
		}

		long entryCount() {
			return payloadsByStockId.values().stream().mapToLong(List::size).sum();
		}

		private Set<String> stockIdsWhere(Predicate<String> test) {
			return stockIds().stream().filter(test).collect(Collectors.toCollection(TreeSet::new));
		}

	}

	/**
	 * The application's command line on one database and the Akeneo sandbox: in this JVM, or in a child JVM
	 * that is killed.
	 */
	private record Cli(TestDatabase.Coordinates db, AkeneoSandbox akeneo) {

		private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(90);

		/** Runs the command in this JVM; returns its exit code. */
		int run(String... words) {
			SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			return SpringApplication.exit(application.run(arguments(words).toArray(String[]::new)));
		}

		/**
		 * Starts {@code run delta-sync} in a child JVM and SIGKILLs it once the delta has committed
		 * {@link #KILL_FROM_ENTRIES} outbox entries; returns how many it had committed then.
		 */
		long runDeltaInChildAndKill(Path log) throws IOException, InterruptedException {
			Process child = new ProcessBuilder(childCommand()).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			try {
				await().atMost(CHILD_TIMEOUT)
					.pollInterval(Duration.ofMillis(20))
					.until(() -> deltaEntries() >= KILL_FROM_ENTRIES || !child.isAlive());
			}
			finally {
				child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			assertThat(child.exitValue()).as("killed, not ended; log:%n%s", ChildJvm.tail(log)).isEqualTo(137);
			return deltaEntries();
		}

		/** The outbox entries and exceptions of every delta-sync execution of this database. */
		Outcome deltaOutcome() {
			List<Long> executions = executionsOf(DeltaSyncJobConfiguration.JOB_NAME);
			Map<String, List<String>> payloads = jdbc()
				.sql("SELECT stock_id, payload FROM khaos_outbox WHERE job_execution_id IN (:ids)")
				.param("ids", executions)
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
						Collectors.mapping(Map.Entry::getValue, Collectors.collectingAndThen(Collectors.toList(),
								list -> list.stream().sorted().toList()))));
			List<String> exceptions = jdbc()
				.sql("SELECT CONCAT(item_key, ' ', rule_code) FROM sync_exception WHERE job_execution_id IN (:ids) "
						+ "ORDER BY 1")
				.param("ids", executions)
				.query(String.class)
				.list();
			return new Outcome(payloads, exceptions);
		}

		/** Runs catalogue-refresh to its end and counts the outbox entries it wrote. */
		long refreshPublishes() {
			assertThat(run("run", "catalogue-refresh")).isZero();
			return jdbc().sql("SELECT COUNT(*) FROM khaos_outbox WHERE job_execution_id = ?")
				.param(lastExecutionOf("catalogue-refresh"))
				.query(Long.class)
				.single();
		}

		long lastExecutionOf(String job) {
			List<Long> executions = executionsOf(job);
			return executions.get(executions.size() - 1);
		}

		String statusOf(long execution) {
			return jdbc().sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
				.param(execution)
				.query(String.class)
				.single();
		}

		private List<Long> executionsOf(String job) {
			return jdbc().sql("""
					SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
					JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
					WHERE i.JOB_NAME = ? ORDER BY 1
					""")
				.param(job)
				.query(Long.class)
				.list();
		}

		/** Outbox entries of the newest delta-sync execution, 0 until it started. */
		private long deltaEntries() {
			List<Long> executions = executionsOf(DeltaSyncJobConfiguration.JOB_NAME);
			if (executions.isEmpty()) {
				return 0;
			}
			return jdbc().sql("SELECT COUNT(*) FROM khaos_outbox WHERE job_execution_id = ?")
				.param(executions.get(executions.size() - 1))
				.query(Long.class)
				.single();
		}

		private List<String> childCommand() {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
					AkeneoKhaosSyncApplication.class.getName()));
			command.addAll(arguments("run", "delta-sync"));
			return command;
		}

		private List<String> arguments(String... words) {
			List<String> arguments = new ArrayList<>(List.of(words));
			arguments.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username="
					+ db.username(), "--spring.datasource.password=" + db.password()));
			arguments.addAll(akeneo.arguments());
			arguments.addAll(SETTINGS);
			return arguments;
		}

		private JdbcClient jdbc() {
			return JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
		}

	}

}
