package com.akeneokhaos.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.akeneo.LoggedRequest;
import com.akeneokhaos.support.TestDatabase;

import static com.akeneokhaos.bench.ConsoleTable.fmt;
import static com.akeneokhaos.bench.ConsoleTable.num;

/**
 * Benchmark of {@code catalogue-refresh} (not a test: speed and memory are measured here, never asserted).
 * For each catalogue size it generates a seeded catalogue (timed on its own), starts a fresh database and
 * Akeneo simulator, and runs the refresh through the real application twice, exactly as the sandbox run
 * does: the first run creates every valid product, the second finds them all unchanged. Per run it reports
 * wall and job time, products per second, heap (sampled peak, peak after GC, GC count and time), Akeneo
 * requests, SQL statements (by statement text) and rows written, prints a table and appends one JSON line
 * per run to {@code bench/results.jsonl}.
 * <p>
 * Then, unless {@code bench.delta=false}, it runs {@code delta-sync} twice on the same database and simulator:
 * with nothing changed ({@code delta-unchanged}), then after 1 % of the simple products were renamed in the
 * simulator ({@code delta-1pct}); for those it also records the Akeneo requests by kind, the outbox rows of the
 * execution and the seconds per step (see {@link DeltaFigures}) and prints them in a second table.
 * <p>
 * Then, unless {@code bench.reconcile=false}, it fills the Khaos mirror as one KCC poll would, plants drift in 1 %
 * of the mirror items ({@link KccPollStandIn}) and runs {@code reconciliation}; for that run it also records the
 * drift found by kind, the outbox rows, the Akeneo requests by kind, the seconds per step, the report files' sizes
 * and the heap against the smaller sizes (see {@link ReconcileFigures}) and prints them in a third table.
 * <p>
 * Run it from the project directory: {@code ./mvnw -DbuildDir=target-bench -Pbench test-compile exec:java
 * -Dbench.sizes=1000,20000}. System properties: {@code bench.sizes} (default 1000,20000,100000),
 * {@code bench.defects} (defective products per catalogue, default 25), {@code bench.seed},
 * {@code bench.results} (JSON lines file), {@code bench.outputDir} (run summaries), {@code bench.sqlProfile}
 * (count statements, default true), {@code bench.topSql} (statements listed per run, default 8),
 * {@code bench.models} (root product models with 3 variants each, a third of them 2-level, default 0),
 * {@code bench.note} (free text stored with the results), {@code bench.warmup} (products of an unrecorded
 * warm-up pair of runs before the measured ones, default 0: none), {@code bench.delta} (the two delta-sync
 * runs after the refreshes, default true), {@code bench.reconcile} (the reconciliation after them, default true;
 * its drift reports go to {@code bench.outputDir}{@code /reconciliation-<size>}).
 */
public final class RefreshBenchmark {

	private static final String[] HEADER = { "size", "run", "status", "read", "publ", "unch", "rej", "wall s",
			"job s", "prod/s", "peak heap MB", "max after-GC MB", "GC n", "GC ms", "alloc MB", "JVM cpu s",
			"DB cpu s", "other cpu s", "akeneo req", "SQL stmts", "rows written" };

	private final Options options;

	private final BenchEnvironment environment;

	private final SqlProfile sqlProfile = new SqlProfile();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<Map<String, Object>> results = new ArrayList<>();

	private RefreshBenchmark(Options options, BenchEnvironment environment) {
		this.options = options;
		this.environment = environment;
	}

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = run() ? 0 : 1;
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			exitCode = 2;
		}
		System.out.flush();
		// as SandboxRun: the embedded database leaves a non-daemon watcher thread that exec:java would wait on
		System.exit(exitCode);
	}

	/** Runs every size; true when every run completed. */
	private static boolean run() throws IOException {
		Options options = Options.fromSystemProperties();
		if (!Files.isRegularFile(Path.of("jobs", "catalogue-mapping.yml"))) {
			throw new IllegalStateException("Run the benchmark from the project directory (jobs/ not found in "
					+ Path.of("").toAbsolutePath() + ")");
		}
		BenchEnvironment environment = BenchEnvironment.describe();
		System.out.printf("catalogue-refresh benchmark: sizes %s, %d defects and %d product models each, "
				+ "seed %d%s%s%n", options.sizes(), options.defects(), options.models(), options.seed(),
				options.delta() ? ", then delta-sync unchanged and with 1 % changed" : "",
				options.reconcile() ? ", then reconciliation with 1 % of the mirror changed" : "");
		System.out.printf("commit %s, %s, %d cores, max heap %.0f MB, GC %s%n", environment.commit(), environment.jvm(),
				environment.cores(), HeapWatch.mb(environment.maxHeapBytes()), environment.gc());
		System.out.printf("database: %s%n", TestDatabase.serverDescription());
		RefreshBenchmark benchmark = new RefreshBenchmark(options, environment);
		if (options.warmup() > 0) {
			System.out.printf("%nWarm-up with %,d products (not recorded)%n", options.warmup());
			benchmark.measure(options.warmup(), false);
		}
		for (int size : options.sizes()) {
			benchmark.measure(size, true);
		}
		benchmark.printTable();
		System.out.printf("%nAppended %d results to %s%n", benchmark.results.size(),
				options.resultsFile().toAbsolutePath().normalize());
		return benchmark.results.stream().allMatch(r -> "COMPLETED".equals(r.get("status")));
	}

	private void measure(int size, boolean record) throws IOException {
		int defects = Math.min(options.defects(), size);
		int models = options.models();
		CatalogueSpec spec = CatalogueSpec.of(options.seed(), size)
			.withDefectsSpreadEvenly(defects)
			.withModels(models - models / 3, models / 3, 3);
		long heapBefore = HeapWatch.settleAndMeasureUsed();
		long start = System.nanoTime();
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(spec);
		double generateSeconds = seconds(System.nanoTime() - start);
		long catalogueHeap = HeapWatch.settleAndMeasureUsed() - heapBefore;
		System.out.printf("%n== %,d products: catalogue generated in %.2f s (%,.1f MB retained), %d expected rejections%n",
				size, generateSeconds, HeapWatch.mb(catalogueHeap), catalogue.expectedRejections().size());

		TestDatabase.Coordinates db = TestDatabase.newDatabase((record ? "bench_" : "warmup_") + size);
		DbStats dbStats = new DbStats(db);
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			if (options.latencyMs() > 0) {
				akeneo.simulator().delayResponses(Duration.ofMillis(options.latencyMs()));
			}
			Measurement measurement = run -> {
				Map<String, Object> result = runOnce(size, run, db, dbStats, akeneo);
				result.put("generateSeconds", generateSeconds);
				result.put("catalogueHeapMb", HeapWatch.mb(catalogueHeap));
				result.put("warmupSize", options.warmup());
				if (record) {
					results.add(result);
					append(result); // at once, so a size that fails later does not lose the ones before
				}
			};
			measurement.take(BenchRun.refresh(1));
			measurement.take(BenchRun.refresh(2));
			if (options.delta()) {
				measurement.take(BenchRun.deltaUnchanged());
				int changed = DeltaChanges.renameOnePercent(catalogue, akeneo.simulator()).size();
				measurement.take(BenchRun.deltaChanged(changed));
			}
			if (options.reconcile()) {
				measurement.take(BenchRun.reconcile(KccPollStandIn.prepare(db, catalogue.expectedRejections().size())));
			}
		}
		finally {
			dbStats.drop();
		}
	}

	private Map<String, Object> runOnce(int size, BenchRun run, TestDatabase.Coordinates db, DbStats dbStats,
			AkeneoSandbox akeneo) throws IOException {
		AkeneoSimulator simulator = akeneo.simulator();
		simulator.resetObservations();
		sqlProfile.reset();
		Path summaryPath = options.outputDir().resolve("summary-%d-%s.json".formatted(size, run.fileName()));
		Files.deleteIfExists(summaryPath);
		long baseline = HeapWatch.settleAndMeasureUsed();
		DbStats.Snapshot dbBefore = dbStats.snapshot();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		double machineCpuBefore = machineBusyCpuSeconds();
		System.out.printf("-- %s %s of %,d products (heap in use before: %.1f MB)%n", run.job(), run.name(), size,
				HeapWatch.mb(baseline));

		int exitCode;
		long start;
		long wallNanos;
		HeapWatch.Result heap;
		double applicationRssMb = Double.NaN;
		try (HeapWatch watch = HeapWatch.start()) {
			start = System.nanoTime();
			List<String> arguments = arguments(run.job(), jobArguments(run, size), db, akeneo, summaryPath);
			if (options.fork()) {
				ForkedApplication.Result forked = ForkedApplication.run(options.appJvmArguments(), arguments,
						options.outputDir().resolve("app-%d-%s.log".formatted(size, run.fileName())));
				exitCode = forked.exitCode();
				applicationRssMb = forked.peakRssMb();
			}
			else {
				exitCode = launch(arguments);
			}
			wallNanos = System.nanoTime() - start;
			heap = watch.stop();
		}
		double machineCpu = machineBusyCpuSeconds() - machineCpuBefore;
		DbStats.Delta dbDelta = dbStats.snapshot().since(dbBefore);
		SqlProfile.Snapshot sql = sqlProfile.snapshot();
		List<LoggedRequest> requests = simulator.requestLog();
		long heapLeftOver = HeapWatch.settleAndMeasureUsed() - baseline;

		JsonNode summary = Files.exists(summaryPath) ? json.readTree(Files.readString(summaryPath)) : null;
		long read = (summary != null) ? summary.path("read").asLong() : 0;
		double jobSeconds = (summary != null) ? summary.path("durationSeconds").asDouble() : Double.NaN;

		Map<String, Object> result = new LinkedHashMap<>();
		result.put("kind", run.job());
		result.putAll(environment.asMap());
		result.put("database", TestDatabase.serverDescription());
		result.put("note", options.note());
		result.put("size", size);
		result.put("defects", Math.min(options.defects(), size));
		result.put("seed", options.seed());
		result.put("models", options.models());
		result.put("run", run.name());
		result.put("runMeaning", run.meaning());
		result.put("exitCode", exitCode);
		result.put("status", (summary != null) ? summary.path("status").asString() : "NO SUMMARY");
		result.put("read", read);
		result.put("published", (summary != null) ? summary.path("published").asLong() : 0);
		result.put("unchanged", (summary != null) ? summary.path("unchanged").asLong() : 0);
		result.put("rejected", (summary != null) ? summary.path("rejected").asLong() : 0);
		result.put("wallSeconds", round3(seconds(wallNanos)));
		result.put("jobSeconds", jobSeconds);
		result.put("productsPerSecondJob", round1(read / jobSeconds));
		result.put("productsPerSecondWall", round1(read / seconds(wallNanos)));
		Map<String, Object> memory = new LinkedHashMap<>();
		memory.put("application", options.fork() ? "own JVM " + options.appJvmArguments() : "benchmark JVM");
		memory.put("applicationPeakRssMb", applicationRssMb);
		memory.put("heapInUseBeforeMb", HeapWatch.mb(baseline));
		memory.put("peakHeapUsedMb", HeapWatch.mb(heap.peakUsed()));
		memory.put("peakHeapAboveBeforeMb", HeapWatch.mb(heap.peakUsed() - baseline));
		memory.put("heapPoolPeaksSumMb", HeapWatch.mb(heap.poolPeakSum()));
		memory.put("maxHeapAfterGcMb", HeapWatch.mb(heap.maxAfterGc()));
		memory.put("maxHeapAfterGcAboveBeforeMb", HeapWatch.mb(Math.max(0, heap.maxAfterGc() - baseline)));
		memory.put("heapLeftAfterRunMb", HeapWatch.mb(heapLeftOver));
		memory.put("gcCount", heap.gcCount());
		memory.put("gcMillis", heap.gcMillis());
		memory.put("allocatedMb", HeapWatch.mb(heap.allocated()));
		memory.put("jobThreadAllocatedMb", HeapWatch.mb(heap.jobThreadAllocated()));
		memory.put("samplerIntervalMs", HeapWatch.SAMPLE_MS);
		result.put("memory", memory);
		result.put("jvmCpuSeconds", round3(heap.jvmCpuNanos() / 1e9));
		if (machineCpuBefore >= 0) {
			// CPU the whole machine spent during the run, and what is left once this JVM and the database are
			// taken out: other processes competing for the cores (a noisy neighbour makes the numbers worse)
			result.put("machineCpuSeconds", round3(machineCpu));
			double dbCpu = (dbDelta.serverCpu() != null) ? dbDelta.serverCpu().toMillis() / 1000.0 : 0;
			result.put("otherProcessesCpuSeconds", round3(Math.max(0, machineCpu - heap.jvmCpuNanos() / 1e9 - dbCpu)));
		}
		result.put("loadAverageBefore", round1(loadBefore));
		result.put("loadAverageAfter", round1(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		Map<String, Object> akeneoStats = new LinkedHashMap<>();
		akeneoStats.put("requests", requests.size());
		akeneoStats.put("requestsPer1000Products", Math.round(10_000.0 * requests.size() / Math.max(1, read)) / 10.0);
		akeneoStats.put("readPartitions", options.readPartitions());
		akeneoStats.put("productPageRequests",
				requests.stream().filter(r -> r.path().startsWith("/api/rest/v1/products-uuid")).count());
		akeneoStats.put("tokenRequests", requests.stream().filter(r -> r.path().startsWith("/api/oauth")).count());
		akeneoStats.put("non2xx", requests.stream().filter(r -> r.status() >= 300).count());
		akeneoStats.put("peakConcurrentRequests", simulator.maxConcurrentRequests());
		if (options.latencyMs() > 0) {
			akeneoStats.put("latencyMs", options.latencyMs());
			akeneoStats.put("readBound", ReadBound.of(requests.size(), options.readPartitions(), options.latencyMs(),
					jobSeconds));
		}
		Map<String, Long> byKind = AkeneoRequests.byKind(requests);
		akeneoStats.put("requestsByKind", byKind);
		result.put("akeneo", akeneoStats);
		result.put("db", dbDelta.asMap());
		if (options.sqlProfile() && !options.fork()) {
			Map<String, Object> sqlMap = sql.asMap(options.topSql());
			sqlMap.put("executionsPerProductRead", (read > 0) ? Math.round(100.0 * sql.executions() / read) / 100.0 : 0);
			result.put("sql", sqlMap);
		}
		long executionId = (summary != null) ? summary.path("executionId").asLong() : 0;
		Map<String, Double> stepSeconds = dbStats.stepSeconds(executionId);
		result.put("stepSeconds", stepSeconds);
		if (run.delta()) {
			result.put("delta", DeltaFigures.section(run, summary, byKind, dbStats.outboxRows(executionId),
					stepSeconds, jobSeconds));
		}
		if (run.reconciliation()) {
			result.put("reconcile", ReconcileFigures.section(run, size, summary, byKind, dbStats.outboxRows(executionId),
					stepSeconds, dbStats.driftItemsByKind(executionId), memory, jobSeconds, results));
		}
		printRun(result, sql, read);
		return result;
	}

	/** Arguments of this run only: the reconciliation's report directory, one per size. */
	private List<String> jobArguments(BenchRun run, int size) {
		if (!run.reconciliation()) {
			return List.of();
		}
		Path reportDir = options.outputDir().resolve("reconciliation-" + size).toAbsolutePath().normalize();
		return List.of("--sync.reconciliation.report-dir=" + reportDir);
	}

	private List<String> arguments(String job, List<String> jobArguments, TestDatabase.Coordinates db,
			AkeneoSandbox akeneo, Path summaryPath) {
		List<String> arguments = new ArrayList<>(List.of("run", job, "--summary-json=" + summaryPath,
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--akeneo.read-partitions=" + options.readPartitions()));
		arguments.addAll(jobArguments);
		arguments.addAll(akeneo.arguments());
		return arguments;
	}

	/** Runs the application in this JVM (bench.fork=false), where the SQL profile can watch it. */
	private int launch(List<String> arguments) {
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		if (options.sqlProfile()) {
			application.addInitializers(sqlProfile.initializer());
		}
		return SpringApplication.exit(application.run(arguments.toArray(String[]::new)));
	}

	private void printRun(Map<String, Object> result, SqlProfile.Snapshot sql, long read) {
		@SuppressWarnings("unchecked")
		Map<String, Object> memory = (Map<String, Object>) result.get("memory");
		if (result.get("akeneo") instanceof Map<?, ?> akeneo && akeneo.get("readBound") instanceof ReadBound bound) {
			System.out.printf("   Akeneo latency %s ms: %s%n", akeneo.get("latencyMs"), bound.describe());
		}
		if (options.fork()) {
			System.out.printf("   %s in %.2f s wall, %.2f s job: %,.0f products/s; application in its own JVM %s: "
					+ "peak RSS %.1f MB%n", result.get("status"), result.get("wallSeconds"), result.get("jobSeconds"),
					result.get("productsPerSecondJob"), options.appJvmArguments(), memory.get("applicationPeakRssMb"));
		}
		else {
			System.out.printf("   %s in %.2f s wall, %.2f s job: %,.0f products/s; peak heap %.1f MB, max after GC %.1f MB, "
					+ "%d GCs (%d ms)%n", result.get("status"), result.get("wallSeconds"), result.get("jobSeconds"),
					result.get("productsPerSecondJob"), memory.get("peakHeapUsedMb"), memory.get("maxHeapAfterGcMb"),
					memory.get("gcCount"), memory.get("gcMillis"));
		}
		if (!result.containsKey("delta") && !result.containsKey("reconcile")) {
			System.out.printf("   seconds per step: %s%n", result.get("stepSeconds"));
		}
		if (result.get("delta") instanceof Map<?, ?> delta) {
			System.out.printf("   delta since %s: %s product pages, %s product model pages, %s reference data requests, "
					+ "%s outbox rows; steps %s; goals %s%n", delta.get("since"), delta.get("productPageRequests"),
					delta.get("productModelPageRequests"), delta.get("referenceRequests"), delta.get("outboxRows"),
					delta.get("stepSeconds"), delta.get("goals"));
		}
		if (result.get("reconcile") instanceof Map<?, ?> reconcile) {
			System.out.printf("   reconciliation: drift %s (items %s); %s outbox rows; %s product pages; steps %s; "
					+ "report %s; checks %s; goals %s%n", reconcile.get("driftRowsByKind"),
					reconcile.get("driftItemsByKind"), reconcile.get("outboxRows"), reconcile.get("productPageRequests"),
					reconcile.get("stepSeconds"), reconcile.get("report"), reconcile.get("checks"),
					reconcile.get("goals"));
		}
		if (options.sqlProfile()) {
			System.out.printf("   SQL: %,d statements (%.2f per product read), %,d commits; statement time %.0f ms, "
					+ "commit time %.0f ms%n", sql.executions(), (read > 0) ? (double) sql.executions() / read : 0.0,
					sql.commits(), sql.totalMs(), sql.commitMs());
			sql.statements().stream().limit(options.topSql()).forEach(s -> System.out.printf(
					"   %9d x %8.0f ms  %s%n", s.count(), s.totalMs(), s.sql()));
		}
	}

	private void printTable() {
		List<String[]> rows = new ArrayList<>();
		for (Map<String, Object> r : results) {
			@SuppressWarnings("unchecked")
			Map<String, Object> memory = (Map<String, Object>) r.get("memory");
			@SuppressWarnings("unchecked")
			Map<String, Object> akeneo = (Map<String, Object>) r.get("akeneo");
			@SuppressWarnings("unchecked")
			Map<String, Object> db = (Map<String, Object>) r.get("db");
			@SuppressWarnings("unchecked")
			Map<String, Object> sql = (Map<String, Object>) r.get("sql");
			rows.add(new String[] { "%,d".formatted((Integer) r.get("size")), String.valueOf(r.get("run")),
					String.valueOf(r.get("status")), num(r.get("read")), num(r.get("published")), num(r.get("unchanged")),
					num(r.get("rejected")), fmt("%.2f", r.get("wallSeconds")), fmt("%.2f", r.get("jobSeconds")),
					fmt("%,.0f", r.get("productsPerSecondJob")), fmt("%.1f", memory.get("peakHeapUsedMb")),
					fmt("%.1f", memory.get("maxHeapAfterGcMb")), num(memory.get("gcCount")), num(memory.get("gcMillis")),
					fmt("%,.0f", memory.get("allocatedMb")), fmt("%.1f", r.get("jvmCpuSeconds")),
					db.containsKey("dbServerCpuSeconds") ? fmt("%.1f", db.get("dbServerCpuSeconds")) : "-",
					r.containsKey("otherProcessesCpuSeconds") ? fmt("%.1f", r.get("otherProcessesCpuSeconds")) : "-",
					num(akeneo.get("requests")), (sql != null) ? num(sql.get("executions")) : "-",
					num(db.get("rowsWritten")) });
		}
		ConsoleTable.print(HEADER, rows);
		DeltaFigures.printTable(results);
		ReconcileFigures.printTable(results);
	}

	private void append(Map<String, Object> result) throws IOException {
		Path file = options.resultsFile();
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Files.writeString(file, json.writeValueAsString(result) + "\n", StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/** Busy CPU seconds of the whole machine since boot (Linux /proc/stat), or -1 when unknown. */
	private static double machineBusyCpuSeconds() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			// user nice system idle iowait irq softirq steal: everything but idle and iowait
			for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
				busy += Long.parseLong(fields[i]);
			}
			return busy / 100.0; // USER_HZ is 100 on Linux
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double round3(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/** Measures one run of the catalogue being benchmarked and keeps its result. */
	@FunctionalInterface
	private interface Measurement {

		void take(BenchRun run) throws IOException;

	}

	record Options(List<Integer> sizes, int defects, long seed, Path resultsFile, Path outputDir, boolean sqlProfile,
			int topSql, String note, int warmup, int models, boolean delta, boolean reconcile, int latencyMs,
			int readPartitions, boolean fork, List<String> appJvmArguments) {

		static Options fromSystemProperties() {
			List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,20000,100000").split(","))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.map(s -> Integer.parseInt(s.replace("_", "")))
				.toList();
			return new Options(sizes, Integer.getInteger("bench.defects", 25),
					Long.getLong("bench.seed", 20261128L), Path.of(System.getProperty("bench.results", "bench/results.jsonl")),
					Path.of(System.getProperty("bench.outputDir", "target/bench")),
					Boolean.parseBoolean(System.getProperty("bench.sqlProfile", "true")),
					Integer.getInteger("bench.topSql", 8), System.getProperty("bench.note", ""),
					Integer.getInteger("bench.warmup", 0), Math.max(0, Integer.getInteger("bench.models", 0)),
					Boolean.parseBoolean(System.getProperty("bench.delta", "true")),
					Boolean.parseBoolean(System.getProperty("bench.reconcile", "true")),
					Math.max(0, Integer.getInteger("bench.latencyMs", 0)),
					Integer.getInteger("bench.readPartitions", 4),
					Boolean.parseBoolean(System.getProperty("bench.fork", "true")),
					List.of(System.getProperty("bench.appJvm", "-Xmx256m").strip().split("\\s+")));
		}

	}

}
