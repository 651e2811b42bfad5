package com.akeneokhaos.jobs.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.outbox.PayloadHash;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.ChildJvm;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/**
 * Restart is exact for the reconciliation after a real crash (issue 11, done-when 5). One Akeneo is refreshed
 * into two databases; on each, the Khaos mirror is then filled from what that refresh published and the ledger
 * confirmed, which stands for one KCC poll (StockUpload) without running the service and its channel twice.
 * Drift is planted the same way on both: about 280 items whose ShortDescription a Khaos user typed over, a few
 * whose BuyPrice.Net Khaos changed (Khaos owns it), two items only Khaos has, and, in the one Akeneo, a few
 * products disabled, a few removed, two new ones, and one whose stock code an item made in Khaos holds. On one
 * database the reconciliation runs uninterrupted; on the other the CLI runs it in a JVM of its own that is
 * SIGKILLed mid-run (in the products step), once it has written part of its drift rows, then
 * {@code restart ID --after-crash} finishes it. Both must end with the same drift rows, the same corrective
 * outbox entries (each StockID once, the same payloads), the same JSON report, and the exceptions the refresh
 * left untouched. Why: drift rows and corrections are written chunk by chunk into one report per job
 * instance, so a restart that redoes a chunk, or skips one, would show in the report or the outbox.
 */
class ReconciliationRestartTest {

	private static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261216L, 1500).withDefectsSpreadEvenly(10)
		.withModels(5, 3, 3);

	/** Small chunks: more commits, so the kill lands between and inside them; a grace no item outlives. */
	private static final List<String> SETTINGS = List.of("--sync.reconciliation.chunk-size=20",
			"--sync.reconciliation.confirmation-grace=1h");

	private static final long KILL_FROM_DRIFT_ROWS = 100;

	/** Every how many simples one has its ShortDescription typed over in Khaos. */
	private static final int TYPED_OVER_EVERY = 5;

	private static final int BUY_PRICES_CHANGED = 5;

	private static final int DISABLED = 3;

	/** One beside each disabled product. */
	private static final int REMOVED = DISABLED;

	private static final int NEW_PRODUCTS = 2;

	/** The stock code a Khaos user gave an item of their own, which a new Akeneo product then takes. */
	private static final String HELD_CODE = "HELD-BY-KHAOS";

	/** Items Khaos users made (StockID → stock code), unknown to the ledger. */
	private static final Map<String, String> MADE_IN_KHAOS = Map.of("K-ONLY-1", "MADE-IN-KHAOS-1", "K-ONLY-2",
			"MADE-IN-KHAOS-2", "K-HELD-1", HELD_CODE);

	private static final JsonMapper JSON = JsonMapper.shared();

	@TempDir
	Path folder;

	@TempDir
	Path referenceReports;

	@TempDir
	Path crashedReports;

	@Test
	void aReconciliationKilledMidRunAndRestartedEndsWithTheSameReportAndCorrections() throws Exception {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(CATALOGUE);
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			// given
			List<String> simples = enabledSimples(catalogue);
			Map<String, UnaryOperator<ObjectNode>> khaosEdits = khaosEdits(simples);
			Cli reference = new Cli(TestDatabase.newDatabase("reconcile_restart_reference"), akeneo, referenceReports);
			Cli crashed = new Cli(TestDatabase.newDatabase("reconcile_restart"), akeneo, crashedReports);
			reference.refreshedAndMirrored(khaosEdits);
			crashed.refreshedAndMirrored(khaosEdits);
			changeAkeneoOnce(simples, akeneo.simulator());
			List<String> referenceExceptions = reference.exceptions();
			List<String> crashedExceptions = crashed.exceptions();
			Path referenceSummary = folder.resolve("reference-summary.json");
			int referenceExitCode = reference.run("run", ReconciliationJobConfiguration.JOB_NAME,
					"--summary-json=" + referenceSummary);
			assertThat(referenceExitCode).isZero();
			Outcome uninterrupted = reference.outcome(referenceSummary);

			// when
			akeneo.simulator().delayResponses(Duration.ofMillis(100));
			long rowsBeforeKill = crashed.runReconciliationInChildAndKill(folder.resolve("reconciliation-child.log"));
			long killedExecution = crashed.lastReconciliation();
			String statusAfterKill = crashed.statusOf(killedExecution);
			List<String> stepsAfterKill = crashed.runningStepsOf(killedExecution);
			akeneo.simulator().clearFaults();
			Path restartSummary = folder.resolve("restart-summary.json");
			int restartExitCode = crashed.run("restart", String.valueOf(killedExecution), "--after-crash",
					"--summary-json=" + restartSummary);
			Outcome restarted = crashed.outcome(restartSummary);

			// then
			assertThat(rowsBeforeKill).as("drift rows written when the reconciliation was killed")
				.isBetween(KILL_FROM_DRIFT_ROWS, uninterrupted.driftRows().size() - 1L);
			assertThat(statusAfterKill).isEqualTo("STARTED");
			assertThat(stepsAfterKill).as("step running when killed").containsExactly("reconcile-products");
			assertThat(restartExitCode).isZero();
			assertThePlantedDriftWasFound(uninterrupted, khaosEdits.size() - BUY_PRICES_CHANGED);
			assertSoftly(softly -> {
				softly.assertThat(restarted.driftRows()).as("drift rows (kind, item, field, values, action)")
					.containsExactlyElementsOf(uninterrupted.driftRows());
				softly.assertThat(restarted.repeatedStockIds()).as("StockIDs published more than once").isEmpty();
				softly.assertThat(restarted.entriesByStockId())
					.as("outbox entries (change type, payload) of the reconciliation by StockID")
					.isEqualTo(uninterrupted.entriesByStockId());
				softly.assertThat(restarted.report()).as("JSON report without its instance and execution ids")
					.isEqualTo(uninterrupted.report());
				softly.assertThat(reference.exceptions()).as("exceptions after the uninterrupted reconciliation")
					.isEqualTo(referenceExceptions);
				softly.assertThat(crashed.exceptions()).as("exceptions after the killed and restarted reconciliation")
					.isEqualTo(crashedExceptions);
			});
		}
	}

	/** The valid, enabled products that are not variants of a model, in uuid order (the order they are read in). */
	private static List<String> enabledSimples(GeneratedCatalogue catalogue) {
		return catalogue.validUuids()
			.stream()
			.filter(uuid -> catalogue.product(uuid).orElseThrow().path("enabled").asBoolean(true))
			.sorted()
			.toList();
	}

	/**
	 * What Khaos users changed, by StockID: every fifth simple's ShortDescription typed over (about 280,
	 * spread over the whole read) and the BuyPrice.Net of five others.
	 */
	private static Map<String, UnaryOperator<ObjectNode>> khaosEdits(List<String> simples) {
		Map<String, UnaryOperator<ObjectNode>> edits = new TreeMap<>();
		for (int i = 0; i < simples.size(); i += TYPED_OVER_EVERY) {
			String text = "Typed over in Khaos " + i;
			edits.put(StockIds.forProduct(simples.get(i)), item -> item.put("ShortDescription", text));
		}
		for (int i = 1; i < BUY_PRICES_CHANGED * TYPED_OVER_EVERY; i += TYPED_OVER_EVERY) {
			edits.put(StockIds.forProduct(simples.get(i)), item -> {
				item.withObject("/BuyPrice").put("Net", 1.23);
				return item;
			});
		}
		return edits;
	}

	/**
	 * One set of Akeneo changes for both databases: three products disabled, three removed, two new ones (read
	 * first and last), and one in the middle whose code a Khaos item holds. None of them is edited in Khaos.
	 */
	private static void changeAkeneoOnce(List<String> simples, AkeneoSimulator akeneo) {
		int apart = simples.size() / DISABLED / TYPED_OVER_EVERY * TYPED_OVER_EVERY;
		for (int i = 2; i < DISABLED * apart; i += apart) {
			akeneo.disableProduct(simples.get(i));
			akeneo.removeProduct(simples.get(i + 1));
		}
		akeneo.addProduct(newProduct(akeneo, "00000000-0000-4000-8000-0000000000b1", "RESTART-NEW-1", simples.get(4)));
		akeneo.addProduct(newProduct(akeneo, "ffffffff-0000-4000-8000-0000000000b2", "RESTART-NEW-2", simples.get(4)));
		akeneo.addProduct(newProduct(akeneo, "80000000-0000-4000-8000-0000000000b3", HELD_CODE, simples.get(4)));
	}

	/** A valid new product: a copy of {@code like} with its own uuid and SKU, updated now. */
	private static ObjectNode newProduct(AkeneoSimulator akeneo, String uuid, String sku, String like) {
		ObjectNode product = akeneo.product(like).orElseThrow().deepCopy();
		product.put("uuid", uuid);
		product.remove("updated");
		((ObjectNode) product.get("values").get("sku").get(0)).put("data", sku);
		return product;
	}

	/**
	 * The scenario really drifted: each planted change is in the uninterrupted run's report (a typed-over
	 * ShortDescription is a field that differs, a disabled product two: discontinued and not on the web; a
	 * changed BuyPrice.Net is Khaos's own); each is corrected, published or discontinued once.
	 */
	private static void assertThePlantedDriftWasFound(Outcome uninterrupted, int typedOver) {
		JsonNode counts = uninterrupted.report().get("counts");
		assertThat(uninterrupted.fieldsOf("field-differs")).as("field-differs rows by field")
			.isEqualTo(Map.of("ShortDescription", (long) typedOver, "Options.Discontinued", (long) DISABLED,
					"Options.PublishOnWeb", (long) DISABLED));
		assertThat(uninterrupted.fieldsOf("khaos-owned-differs")).as("khaos-owned-differs rows by field")
			.isEqualTo(Map.of("BuyPrice.Net", (long) BUY_PRICES_CHANGED));
		assertThat(counts.path("deleted-in-akeneo").asLong()).as("deleted-in-akeneo").isEqualTo(REMOVED);
		assertThat(counts.path("never-published").asLong()).as("never-published").isEqualTo(NEW_PRODUCTS);
		assertThat(counts.path("rejected").asLong()).as("rejected").isPositive();
		assertThat(counts.path("khaos-holds-code").asLong()).as("khaos-holds-code").isOne();
		assertThat(counts.path("khaos-only").asLong()).as("khaos-only").isEqualTo(MADE_IN_KHAOS.size() - 1);
		assertThat(uninterrupted.entriesByStockId()).as("StockIDs corrected, published, discontinued")
			.hasSize(typedOver + DISABLED + NEW_PRODUCTS + REMOVED);
	}

	/**
	 * What the reconciliation left on one database: its drift rows without ids, times and executions (sorted),
	 * its outbox entries by StockID (change type and payload, sorted) and its JSON report without ids.
	 */
	private record Outcome(List<String> driftRows, Map<String, List<String>> entriesByStockId, JsonNode report) {

		/** How many rows of this kind name each field. */
		Map<String, Long> fieldsOf(String kind) {
			return driftRows.stream()
				.map(row -> row.split(" \\| "))
				.filter(columns -> columns[0].equals(kind))
				.collect(Collectors.groupingBy(columns -> columns[3], TreeMap::new, Collectors.counting()));
		}

		Set<String> repeatedStockIds() {
			return entriesByStockId.entrySet()
				.stream()
				.filter(entry -> entry.getValue().size() > 1)
				.map(Map.Entry::getKey)
				.collect(Collectors.toCollection(TreeSet::new));
		}

	}

	/**
	 * The application's command line on one database, the Akeneo sandbox and a report folder of its own: in
	 * this JVM, or in a child JVM that is killed.
	 */
	private record Cli(TestDatabase.Coordinates db, AkeneoSandbox akeneo, Path reports) {

		private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(90);

		/** Runs the command in this JVM; returns its exit code. */
		int run(String... words) {
			SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			return SpringApplication.exit(application.run(arguments(words).toArray(String[]::new)));
		}

		/**
		 * A catalogue-refresh, then the mirror as one KCC poll would leave it: every item the refresh published,
		 * with the Khaos users' edits, and the items they made; the ledger confirmed.
		 */
		void refreshedAndMirrored(Map<String, UnaryOperator<ObjectNode>> khaosEdits) {
			assertThat(run("run", "catalogue-refresh")).isZero();
			LocalDateTime now = LocalDateTime.now();
			List<Object[]> rows = new ArrayList<>(jdbc().sql("SELECT o.stock_id, o.stock_code, o.payload FROM "
					+ "khaos_outbox o WHERE o.id = (SELECT MAX(l.id) FROM khaos_outbox l WHERE l.stock_id = o.stock_id)")
				.query((rs, row) -> mirrorRow(rs.getString(1), rs.getString(2), khaosEdits.getOrDefault(rs.getString(1),
						UnaryOperator.identity()).apply((ObjectNode) JSON.readTree(rs.getString(3))), now))
				.list());
			MADE_IN_KHAOS.forEach((stockId, code) -> rows.add(mirrorRow(stockId, code, JSON.createObjectNode()
				.put("StockID", stockId)
				.put("StockCode", code)
				.put("ShortDescription", "Made in Khaos"), now)));
			JdbcTemplate batch = new JdbcTemplate(dataSource());
			batch.batchUpdate("INSERT INTO khaos_mirror_item (stock_id, stock_code, stock_code_key, payload, "
					+ "payload_hash, deleted, received_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)", rows);
			batch.update("UPDATE sync_ledger SET status = 'CONFIRMED', confirmed_at = ?, updated_at = ? "
					+ "WHERE status = 'PUBLISHED' AND khaos_stock_id IN (SELECT stock_id FROM khaos_mirror_item)", now,
					now);
		}

		private static Object[] mirrorRow(String stockId, String stockCode, ObjectNode item, LocalDateTime now) {
			return new Object[] { stockId, stockCode, (stockCode == null) ? null : stockCode.toUpperCase(Locale.ROOT),
					item.toString(), PayloadHash.of(item), now };
		}

		/**
		 * Starts {@code run reconciliation} in a child JVM and SIGKILLs it once it has written
		 * {@link #KILL_FROM_DRIFT_ROWS} drift rows; returns how many it had written then.
		 */
		long runReconciliationInChildAndKill(Path log) throws IOException, InterruptedException {
			Process child = new ProcessBuilder(childCommand()).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			try {
				await().atMost(CHILD_TIMEOUT)
					.pollInterval(Duration.ofMillis(20))
					.until(() -> driftRowCount() >= KILL_FROM_DRIFT_ROWS || !child.isAlive());
			}
			finally {
				child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			assertThat(child.exitValue()).as("killed, not ended; log:%n%s", ChildJvm.tail(log)).isEqualTo(137);
			return driftRowCount();
		}

		/**
		 * The drift rows and outbox entries of this database's one reconciliation instance, and the JSON report
		 * its last execution names (in its job execution context, which the run's summary shows).
		 */
		Outcome outcome(Path summary) throws IOException {
			long instance = reconciliationInstance();
			List<String> rows = jdbc().sql("""
					SELECT CONCAT_WS(' | ', kind, COALESCE(item_key, '-'), COALESCE(stock_id, '-'), COALESCE(field, '-'),
					  COALESCE(akeneo_value, '-'), COALESCE(khaos_value, '-'), action)
					FROM sync_drift_item WHERE job_instance_id = ? ORDER BY 1
					""")
				.param(instance)
				.query(String.class)
				.list();
			return new Outcome(rows, reconciliationEntries(), report(summary));
		}

		/** Every exception row as it stands (ids, times and resolution included), in id order. */
		List<String> exceptions() {
			return jdbc().sql("SELECT CONCAT_WS(' | ', id, job_execution_id, item_key, rule_code, created_at, "
					+ "COALESCE(resolved_at, '-')) FROM sync_exception ORDER BY id")
				.query(String.class)
				.list();
		}

		long lastReconciliation() {
			return jdbc().sql("""
					SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
					JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?
					""")
				.param(ReconciliationJobConfiguration.JOB_NAME)
				.query(Long.class)
				.single();
		}

		String statusOf(long execution) {
			return jdbc().sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
				.param(execution)
				.query(String.class)
				.single();
		}

		/** The steps of the execution still marked STARTED (none when it was killed between two steps). */
		List<String> runningStepsOf(long execution) {
			return jdbc().sql("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
					+ "AND STATUS = 'STARTED'")
				.param(execution)
				.query(String.class)
				.list();
		}

		/** Change type and payload of each outbox entry the reconciliation's executions wrote, by StockID. */
		private Map<String, List<String>> reconciliationEntries() {
			return jdbc().sql("""
					SELECT o.stock_id, CONCAT(o.change_type, ' ', o.payload) FROM khaos_outbox o
					JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = o.job_execution_id
					JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?
					""")
				.param(ReconciliationJobConfiguration.JOB_NAME)
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
						Collectors.mapping(Map.Entry::getValue, Collectors.collectingAndThen(Collectors.toList(),
								list -> list.stream().sorted().toList()))));
		}

		/** The JSON report the summary names, in this database's report folder, without instance and execution. */
		private JsonNode report(Path summary) throws IOException {
			Path json = Path.of(JSON.readTree(Files.readString(summary)).path("reportJson").asString());
			assertThat(json).startsWith(reports);
			ObjectNode report = (ObjectNode) JSON.readTree(Files.readString(json));
			report.remove("jobInstanceId");
			report.remove("jobExecutionId");
			return report;
		}

		private long reconciliationInstance() {
			return jdbc().sql("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?")
				.param(ReconciliationJobConfiguration.JOB_NAME)
				.query(Long.class)
				.single();
		}

		private long driftRowCount() {
			return jdbc().sql("SELECT COUNT(*) FROM sync_drift_item").query(Long.class).single();
		}

		private List<String> childCommand() {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
					AkeneoKhaosSyncApplication.class.getName()));
			command.addAll(arguments("run", ReconciliationJobConfiguration.JOB_NAME));
			return command;
		}

		private List<String> arguments(String... words) {
			List<String> arguments = new ArrayList<>(List.of(words));
			arguments.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username="
					+ db.username(), "--spring.datasource.password=" + db.password()));
			arguments.addAll(akeneo.arguments());
			arguments.addAll(SETTINGS);
			arguments.add("--sync.reconciliation.report-dir=" + reports);
			return arguments;
		}

		private JdbcClient jdbc() {
			return JdbcClient.create(dataSource());
		}

		private DriverManagerDataSource dataSource() {
			return new DriverManagerDataSource(db.url(), db.username(), db.password());
		}

	}

}
