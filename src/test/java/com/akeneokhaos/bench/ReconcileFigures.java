package com.akeneokhaos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static com.akeneokhaos.bench.ConsoleTable.fmt;
import static com.akeneokhaos.bench.ConsoleTable.num;

/**
 * The figures of issue 11's cost goal for one {@code reconciliation} run (the {@code reconcile} section of its
 * JSON line) and the console table of every reconciliation. The goal is measured and reported here, never
 * asserted: 100,000 items at simulator speed in at most 60 s (job time), and a heap that stays flat as the
 * catalogue grows (compared between the sizes of one pass). Besides the goal, the section checks that the run
 * found what the benchmark planted: one {@code field-differs} per changed mirror item and the catalogue's
 * rejected products as {@code rejected}, nothing else.
 */
final class ReconcileFigures {

	static final int GOAL_SIZE = 100_000;

	static final double GOAL_MAX_JOB_SECONDS = 60.0;

	static final String FIELD_DIFFERS = "field-differs";

	static final String REJECTED = "rejected";

	private static final List<String> STEPS = List.of("open-drift-report", "reconcile-product-models",
			"reconcile-products", "retire-items-gone-from-akeneo", "list-khaos-only-items", "write-drift-report");

	private static final String[] HEADER = { "size", "status", "read", "mirror", "planted", "field-differs",
			"rejected rows / items", "other drift", "outbox rows", "job s", "models s", "products s", "retire s",
			"khaos-only s", "report s", "prod pages", "ref req", "JSON KB", "HTML KB", "peak heap MB",
			"peak above MB", "after-GC above MB", "SQL stmts", "other cpu s", "load", "checks", "goal" };

	private ReconcileFigures() {
	}

	/**
	 * @param summary the run summary ({@code driftByKind}, {@code reportJson}, {@code reportHtml})
	 * @param requests the run's Akeneo requests by kind (see {@link AkeneoRequests})
	 * @param outboxRows rows the execution put in {@code khaos_outbox}
	 * @param stepSeconds seconds per step of the execution
	 * @param driftItems distinct items per drift kind (see {@link DbStats#driftItemsByKind})
	 * @param memory the run's {@code memory} section
	 * @param earlier the results of this pass so far (for the heap comparison with the smaller sizes)
	 */
	static Map<String, Object> section(BenchRun run, int size, JsonNode summary, Map<String, Long> requests,
			long outboxRows, Map<String, Double> stepSeconds, Map<String, Long> driftItems, Map<String, Object> memory,
			double jobSeconds, List<Map<String, Object>> earlier) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("mirror", run.mirror().asMap());
		section.put("jobExecutionId", (summary != null) ? summary.path("executionId").asLong() : 0);
		Map<String, Long> driftRows = driftByKind(summary);
		section.put("driftRows", driftRows.values().stream().mapToLong(Long::longValue).sum());
		section.put("driftRowsByKind", driftRows);
		section.put("driftItemsByKind", driftItems);
		section.put("checks", checks(run.mirror(), driftRows, driftItems));
		section.put("outboxRows", outboxRows);
		section.put("productPageRequests", requests.get(AkeneoRequests.PRODUCT_PAGES));
		section.put("productGetRequests", requests.get(AkeneoRequests.PRODUCT_GETS));
		section.put("productModelPageRequests", requests.get(AkeneoRequests.MODEL_PAGES));
		section.put("productModelGetRequests", requests.get(AkeneoRequests.MODEL_GETS));
		section.put("referenceRequests", AkeneoRequests.referenceRequests(requests));
		section.put("stepSeconds", stepSeconds);
		section.put("report", reportFiles(summary));
		section.put("heap", heap(memory));
		section.put("heapVersusSmallerSizes", heapVersus(size, earlier));
		section.put("goals", goals(size, jobSeconds));
		return section;
	}

	private static Map<String, Long> driftByKind(JsonNode summary) {
		Map<String, Long> rows = new LinkedHashMap<>();
		if (summary != null) {
			summary.path("driftByKind").properties().forEach(e -> rows.put(e.getKey(), e.getValue().asLong()));
		}
		return rows;
	}

	/** Whether the run found exactly what was planted: the changed items, the rejected products, nothing else. */
	private static Map<String, Boolean> checks(MirrorSetup mirror, Map<String, Long> rows, Map<String, Long> items) {
		Map<String, Boolean> checks = new LinkedHashMap<>();
		checks.put("fieldDiffers==planted", rows.getOrDefault(FIELD_DIFFERS, 0L) == mirror.planted()
				&& items.getOrDefault(FIELD_DIFFERS, 0L) == mirror.planted());
		checks.put("rejectedItems==catalogueRejections",
				items.getOrDefault(REJECTED, 0L) == mirror.expectedRejected());
		checks.put("noOtherDrift", otherDrift(rows) == 0);
		return checks;
	}

	private static long otherDrift(Map<?, ?> rows) {
		return rows.entrySet()
			.stream()
			.filter(e -> !FIELD_DIFFERS.equals(e.getKey()) && !REJECTED.equals(e.getKey()))
			.mapToLong(e -> ((Number) e.getValue()).longValue())
			.sum();
	}

	private static Map<String, Object> reportFiles(JsonNode summary) {
		Map<String, Object> report = new LinkedHashMap<>();
		String json = (summary != null) ? summary.path("reportJson").asString("") : "";
		String html = (summary != null) ? summary.path("reportHtml").asString("") : "";
		report.put("jsonPath", json);
		report.put("jsonBytes", bytes(json));
		report.put("htmlPath", html);
		report.put("htmlBytes", bytes(html));
		return report;
	}

	private static long bytes(String path) {
		try {
			return path.isEmpty() ? -1 : Files.size(Path.of(path));
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static Map<String, Object> heap(Map<String, Object> memory) {
		Map<String, Object> heap = new LinkedHashMap<>();
		for (String key : List.of("heapInUseBeforeMb", "peakHeapUsedMb", "peakHeapAboveBeforeMb", "maxHeapAfterGcMb",
				"maxHeapAfterGcAboveBeforeMb", "heapLeftAfterRunMb", "gcCount", "gcMillis", "allocatedMb",
				"jobThreadAllocatedMb")) {
			heap.put(key, memory.get(key));
		}
		return heap;
	}

	/** The heap figures of the smaller sizes' reconciliations in this pass, to see whether the heap grows. */
	private static List<Map<String, Object>> heapVersus(int size, List<Map<String, Object>> earlier) {
		List<Map<String, Object>> smaller = new ArrayList<>();
		for (Map<String, Object> r : earlier) {
			if (r.get("reconcile") instanceof Map<?, ?> other && (Integer) r.get("size") < size) {
				Map<?, ?> heap = (Map<?, ?>) other.get("heap");
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("size", r.get("size"));
				entry.put("peakHeapAboveBeforeMb", heap.get("peakHeapAboveBeforeMb"));
				entry.put("maxHeapAfterGcAboveBeforeMb", heap.get("maxHeapAfterGcAboveBeforeMb"));
				smaller.add(entry);
			}
		}
		return smaller;
	}

	/** Issue 11's time goal, for the size it is set for. */
	private static Map<String, Boolean> goals(int size, double jobSeconds) {
		Map<String, Boolean> goals = new LinkedHashMap<>();
		if (size == GOAL_SIZE) {
			goals.put("jobSeconds<=60", jobSeconds <= GOAL_MAX_JOB_SECONDS);
		}
		return goals;
	}

	/** One line per reconciliation, under the main table, then the heap of each size against the smallest. */
	static void printTable(List<Map<String, Object>> results) {
		List<String[]> rows = new ArrayList<>();
		List<Map<String, Object>> runs = new ArrayList<>();
		for (Map<String, Object> r : results) {
			if (r.get("reconcile") instanceof Map<?, ?> section) {
				rows.add(row(r, section));
				runs.add(r);
			}
		}
		if (!rows.isEmpty()) {
			System.out.printf("%nreconciliation (issue 11's goals: 100,000 items <= 60 s job time; heap flat as the "
					+ "catalogue grows)%n");
			ConsoleTable.print(HEADER, rows);
			printHeapComparison(runs);
		}
	}

	private static String[] row(Map<String, Object> r, Map<?, ?> section) {
		Map<?, ?> steps = (Map<?, ?>) section.get("stepSeconds");
		Map<?, ?> mirror = (Map<?, ?>) section.get("mirror");
		Map<?, ?> rows = (Map<?, ?>) section.get("driftRowsByKind");
		Map<?, ?> items = (Map<?, ?>) section.get("driftItemsByKind");
		Map<?, ?> report = (Map<?, ?>) section.get("report");
		Map<?, ?> heap = (Map<?, ?>) section.get("heap");
		Map<?, ?> sql = (Map<?, ?>) r.get("sql");
		return new String[] { num(r.get("size")), String.valueOf(r.get("status")), num(r.get("read")),
				num(mirror.get("mirrorRows")), num(mirror.get("plantedDrift")), num(count(rows, FIELD_DIFFERS)),
				num(count(rows, REJECTED)) + " / " + num(count(items, REJECTED)), num(otherDrift(rows)),
				num(section.get("outboxRows")), fmt("%.2f", r.get("jobSeconds")), step(steps, STEPS.get(1)),
				step(steps, STEPS.get(2)), step(steps, STEPS.get(3)), step(steps, STEPS.get(4)),
				step(steps, STEPS.get(5)), num(section.get("productPageRequests")),
				num(section.get("referenceRequests")), kb(report.get("jsonBytes")), kb(report.get("htmlBytes")),
				fmt("%.1f", heap.get("peakHeapUsedMb")), fmt("%.1f", heap.get("peakHeapAboveBeforeMb")),
				fmt("%.1f", heap.get("maxHeapAfterGcAboveBeforeMb")), (sql != null) ? num(sql.get("executions")) : "-",
				r.containsKey("otherProcessesCpuSeconds") ? fmt("%.1f", r.get("otherProcessesCpuSeconds")) : "-",
				fmt("%.1f", r.get("loadAverageBefore")) + "→" + fmt("%.1f", r.get("loadAverageAfter")),
				verdict((Map<?, ?>) section.get("checks"), "as planted"),
				verdict((Map<?, ?>) section.get("goals"), "met") };
	}

	private static void printHeapComparison(List<Map<String, Object>> runs) {
		Map<?, ?> smallest = heapOf(runs.get(0));
		for (Map<String, Object> r : runs.subList(1, runs.size())) {
			Map<?, ?> heap = heapOf(r);
			System.out.printf("heap above the pre-run baseline, %s items vs %s: peak %.1f vs %.1f MB, max after GC "
					+ "%.1f vs %.1f MB%n", num(r.get("size")), num(runs.get(0).get("size")),
					heap.get("peakHeapAboveBeforeMb"), smallest.get("peakHeapAboveBeforeMb"),
					heap.get("maxHeapAfterGcAboveBeforeMb"), smallest.get("maxHeapAfterGcAboveBeforeMb"));
		}
	}

	private static Map<?, ?> heapOf(Map<String, Object> result) {
		return (Map<?, ?>) ((Map<?, ?>) result.get("reconcile")).get("heap");
	}

	private static long count(Map<?, ?> counts, String kind) {
		Object value = counts.get(kind);
		return (value instanceof Number n) ? n.longValue() : 0;
	}

	private static String kb(Object bytes) {
		return (bytes instanceof Number n && n.longValue() >= 0) ? "%,.0f".formatted(n.longValue() / 1024.0) : "-";
	}

	private static String step(Map<?, ?> steps, String name) {
		Object seconds = steps.get(name);
		return (seconds != null) ? fmt("%.2f", seconds) : "-";
	}

	private static String verdict(Map<?, ?> checks, String allTrue) {
		if (checks.isEmpty()) {
			return "-";
		}
		long missed = checks.values().stream().filter(ok -> !Boolean.TRUE.equals(ok)).count();
		return (missed == 0) ? allTrue : "MISSED " + missed + "/" + checks.size();
	}

}
