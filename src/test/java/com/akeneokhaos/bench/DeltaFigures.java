package com.akeneokhaos.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static com.akeneokhaos.bench.ConsoleTable.fmt;
import static com.akeneokhaos.bench.ConsoleTable.num;

/**
 * The figures of issue 10's cost goals for one {@code delta-sync} run (the {@code delta} section of its JSON
 * line) and the console table of every delta run. The goals are measured and reported here, never asserted:
 * a zero-change delta makes at most one product page request and one product model list request besides the
 * reference data, writes no outbox row and takes at most 2 s; a delta of 1 % changed products makes at most
 * 15 product page requests.
 */
final class DeltaFigures {

	static final double UNCHANGED_MAX_JOB_SECONDS = 2.0;

	static final long UNCHANGED_MAX_PRODUCT_PAGES = 1;

	static final long UNCHANGED_MAX_MODEL_PAGES = 1;

	static final long CHANGED_MAX_PRODUCT_PAGES = 15;

	private static final String[] HEADER = { "size", "run", "status", "changed", "read", "publ", "unch", "rej",
			"job s", "plan s", "models s", "products s", "prod pages", "prod gets", "model pages", "model gets",
			"ref req", "token", "outbox rows", "SQL stmts", "goals" };

	private DeltaFigures() {
	}

	/**
	 * @param summary the run summary (figures {@code since}, {@code readEverything}, {@code referenceChanges})
	 * @param requests the run's Akeneo requests by kind (see {@link AkeneoRequests})
	 * @param outboxRows rows the execution put in {@code khaos_outbox}
	 * @param stepSeconds seconds per step of the execution
	 */
	static Map<String, Object> section(BenchRun run, JsonNode summary, Map<String, Long> requests, long outboxRows,
			Map<String, Double> stepSeconds, double jobSeconds) {
		Map<String, Object> delta = new LinkedHashMap<>();
		delta.put("changedInAkeneo", run.changedInAkeneo());
		delta.put("jobExecutionId", (summary != null) ? summary.path("executionId").asLong() : 0);
		delta.put("since", (summary != null) ? summary.path("since").asString("") : "");
		delta.put("readEverything", summary != null && summary.path("readEverything").asBoolean());
		List<String> reasons = new ArrayList<>();
		if (summary != null) {
			summary.path("referenceChanges").forEach(reason -> reasons.add(reason.asString()));
		}
		delta.put("referenceChanges", reasons);
		delta.put("productPageRequests", requests.get(AkeneoRequests.PRODUCT_PAGES));
		delta.put("productGetRequests", requests.get(AkeneoRequests.PRODUCT_GETS));
		delta.put("productModelPageRequests", requests.get(AkeneoRequests.MODEL_PAGES));
		delta.put("productModelGetRequests", requests.get(AkeneoRequests.MODEL_GETS));
		delta.put("referenceRequests", AkeneoRequests.referenceRequests(requests));
		delta.put("outboxRows", outboxRows);
		delta.put("stepSeconds", stepSeconds);
		delta.put("goals", goals(run, requests, outboxRows, jobSeconds));
		return delta;
	}

	/** Each goal of the run's kind and whether this run met it. */
	static Map<String, Boolean> goals(BenchRun run, Map<String, Long> requests, long outboxRows, double jobSeconds) {
		Map<String, Boolean> goals = new LinkedHashMap<>();
		long productPages = requests.get(AkeneoRequests.PRODUCT_PAGES);
		if (run.changedInAkeneo() == 0) {
			goals.put("productPages<=1", productPages <= UNCHANGED_MAX_PRODUCT_PAGES);
			goals.put("productModelPages<=1", requests.get(AkeneoRequests.MODEL_PAGES) <= UNCHANGED_MAX_MODEL_PAGES);
			goals.put("outboxRows==0", outboxRows == 0);
			goals.put("jobSeconds<=2", jobSeconds <= UNCHANGED_MAX_JOB_SECONDS);
		}
		else {
			goals.put("productPages<=15", productPages <= CHANGED_MAX_PRODUCT_PAGES);
		}
		return goals;
	}

	/** One line per delta run, under the main table. */
	static void printTable(List<Map<String, Object>> results) {
		List<String[]> rows = new ArrayList<>();
		for (Map<String, Object> r : results) {
			if (r.get("delta") instanceof Map<?, ?> delta) {
				rows.add(row(r, delta));
			}
		}
		if (!rows.isEmpty()) {
			System.out.printf("%ndelta-sync (issue 10's goals: unchanged <= 1 product page, <= 1 model page, 0 outbox "
					+ "rows, <= 2 s; 1 %% changed <= 15 product pages)%n");
			ConsoleTable.print(HEADER, rows);
		}
	}

	private static String[] row(Map<String, Object> r, Map<?, ?> delta) {
		Map<?, ?> steps = (Map<?, ?>) delta.get("stepSeconds");
		Map<?, ?> sql = (Map<?, ?>) r.get("sql");
		return new String[] { num(r.get("size")), String.valueOf(r.get("run")), String.valueOf(r.get("status")),
				num(delta.get("changedInAkeneo")), num(r.get("read")), num(r.get("published")), num(r.get("unchanged")),
				num(r.get("rejected")), fmt("%.2f", r.get("jobSeconds")), step(steps, "plan-delta"),
				step(steps, "publish-changed-product-models"), step(steps, "publish-changed-products"),
				num(delta.get("productPageRequests")), num(delta.get("productGetRequests")),
				num(delta.get("productModelPageRequests")), num(delta.get("productModelGetRequests")),
				num(delta.get("referenceRequests")), num(((Map<?, ?>) r.get("akeneo")).get("tokenRequests")),
				num(delta.get("outboxRows")), (sql != null) ? num(sql.get("executions")) : "-",
				goalsText((Map<?, ?>) delta.get("goals")) };
	}

	private static String step(Map<?, ?> steps, String name) {
		Object seconds = steps.get(name);
		return (seconds != null) ? fmt("%.2f", seconds) : "-";
	}

	private static String goalsText(Map<?, ?> goals) {
		long missed = goals.values().stream().filter(met -> !Boolean.TRUE.equals(met)).count();
		return (missed == 0) ? "met" : "MISSED " + missed + "/" + goals.size();
	}

}
