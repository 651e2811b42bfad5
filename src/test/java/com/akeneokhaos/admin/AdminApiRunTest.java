package com.akeneokhaos.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting jobs over the admin API: a run started with parameters completes and shows its counts and run
 * figures, in the execution list, the job list and the reports (a reconciliation's drift report with its files);
 * a malformed body, an unknown job or a job already running is refused and starts nothing; query parameters out
 * of range are refused with one sentence.
 */
class AdminApiRunTest extends AdminApiTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(11L, 240).withDefectsSpreadEvenly(6);

	@Test
	void aStartedRunCompletesAndShowsItsCounts() {
		// given
		AdminClient admin = admin();
		// when
		AdminClient.Response started = admin.post(REFRESH,
				"{\"parameters\": {\"note\": \"from the API\", \"batch\": 7}}");
		// then
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode execution = started.json();
		long id = execution.get("id").asLong();
		assertThat(started.header("Location")).endsWith("/api/executions/" + id);
		assertThat(execution.get("job").asString()).isEqualTo("catalogue-refresh");
		assertThat(execution.get("status").asString()).isIn("STARTING", "STARTED", "COMPLETED");
		assertThat(execution.get("parameters").get("note").asString()).isEqualTo("from the API");
		assertThat(execution.get("parameters").get("batch").asString()).isEqualTo("7");
		assertThat(execution.get("parameters").has("run.id")).isTrue();

		// when
		JsonNode ended = admin.awaitEnd(id);
		// then (an earlier run of this class may have published the valid products already: they are unchanged)
		int valid = catalogue().validUuids().size();
		assertThat(ended.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(ended.get("exitCode").asString()).isEqualTo("COMPLETED");
		assertThat(ended.get("endTime").isNull()).isFalse();
		assertThat(ended.get("durationSeconds").asDouble()).isPositive();
		JsonNode figures = ended.get("figures");
		assertThat(figures.get("read").asLong()).isEqualTo(240);
		assertThat(figures.get("published").asLong() + figures.get("unchanged").asLong()).isEqualTo(valid);
		assertThat(figures.get("rejected").asLong()).isEqualTo(6);
		JsonNode products = step(ended, "publish-products");
		assertThat(products.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(products.get("read").asLong()).isEqualTo(240);
		assertThat(products.get("written").asLong() + products.get("filtered").asLong()).isEqualTo(valid);
		assertThat(products.get("skipped").asLong()).isEqualTo(6);
		assertThat(ended.get("read").asLong()).isGreaterThanOrEqualTo(240);
		assertThat(ended.get("skipped").asLong()).isEqualTo(6);
		assertThat(ended.get("summary").get(0).asString())
			.isEqualTo("read 240, published %d, unchanged %d, rejected 6", figures.get("published").asLong(),
					figures.get("unchanged").asLong());
		assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox")).isEqualTo(valid);
	}

	@Test
	void aFinishedRunIsListedNewestFirstAndAsItsJobsLastExecution() {
		// given
		AdminClient admin = admin();
		long first = admin.awaitEnd(admin.post(REFRESH).json().get("id").asLong()).get("id").asLong();
		long second = admin.awaitEnd(admin.post(REFRESH).json().get("id").asLong()).get("id").asLong();
		// when
		JsonNode listed = admin.get("/api/executions?job=catalogue-refresh&status=completed&limit=2").ok();
		JsonNode jobs = admin.get("/api/jobs").ok();
		// then
		assertThat(ids(listed)).containsExactly(second, first);
		assertThat(listed.get(0).get("steps").size()).isPositive();
		JsonNode refresh = byName(jobs, "catalogue-refresh");
		assertThat(refresh.get("running").asBoolean()).isFalse();
		assertThat(refresh.get("lastExecution").get("id").asLong()).isEqualTo(second);
		assertThat(refresh.get("lastExecution").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(names(jobs)).containsExactly("asset-url-sync", "catalogue-refresh", "delta-sync", "reconciliation",
				"sku-onboarding");
		assertThat(admin.get("/api/executions?status=FAILED").ok()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "not json", "[]", "\"parameters\"", "{\"parameters\": [\"a=b\"]}",
			"{\"parameters\": {\"a\": {\"b\": 1}}}", "{\"parameters\": {\"a\": 1.5}}",
			"{\"parameters\": {\"a\": null}}",
			"{\"params\": {\"a\": \"b\"}}", "{\"parameters\": {}} trailing", "{\"parameters\": {\"\": \"x\"}}" })
	void aMalformedBodyIsRefusedAndStartsNothing(String body) {
		// given
		long executionsBefore = executionCount();
		// when
		AdminClient.Response response = admin().post(REFRESH, body);
		// then
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isNotBlank();
		assertThat(executionCount()).isEqualTo(executionsBefore);
	}

	@Test
	void anUnknownJobIs404AndStartsNothing() {
		// given
		long executionsBefore = executionCount();
		// when
		AdminClient.Response response = admin().post("/api/jobs/nightly-refresh/executions", "{}");
		// then
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("error").asString()).contains("nightly-refresh").contains("catalogue-refresh");
		assertThat(executionCount()).isEqualTo(executionsBefore);
	}

	@Test
	void aJobAlreadyRunningIsNotStartedAgain() {
		// given
		AdminClient admin = admin();
		akeneo().delayResponses(Duration.ofMillis(150));
		long executionsBefore = executionCount();
		long running = admin.post(REFRESH).json().get("id").asLong();
		try {
			// when
			AdminClient.Response again = admin.post(REFRESH);
			// then
			assertThat(again.status()).as(again.body()).isEqualTo(409);
			assertThat(again.json().get("error").asString()).contains("catalogue-refresh is already running");
			assertThat(executionCount()).isEqualTo(executionsBefore + 1);
			assertThat(byName(admin.get("/api/jobs").ok(), "catalogue-refresh").get("running").asBoolean()).isTrue();
		}
		finally {
			akeneo().clearFaults();
			admin.awaitEnd(running);
		}
	}

	@Test
	void aJobThatCannotReachAkeneoIsNotStarted() {
		// given
		long executionsBefore = executionCount();
		akeneo().failNextRequests(20, 503);
		try {
			// when
			AdminClient.Response response = admin().post(REFRESH);
			// then
			assertThat(response.status()).as(response.body()).isEqualTo(503);
			assertThat(response.json().get("error").asString()).startsWith("cannot reach Akeneo at ")
				.contains("check AKENEO_BASE_URL");
			assertThat(executionCount()).isEqualTo(executionsBefore);
		}
		finally {
			akeneo().clearFaults();
		}
	}

	@Test
	void aDryRunReconciliationIsReportedWithItsDriftReportFile() {
		// given
		AdminClient admin = admin();
		// when
		AdminClient.Response started = admin.post("/api/jobs/reconciliation/executions",
				"{\"parameters\": {\"dry-run\": true}}");
		JsonNode ended = admin.awaitEnd(started.json().get("id").asLong());
		JsonNode reports = admin.get("/api/reports?job=reconciliation&limit=1").ok();
		// then
		assertThat(ended.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(ended.get("parameters").get("dry-run").asString()).isEqualTo("true");
		JsonNode runs = reports.get("runs");
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).get("job").asString()).isEqualTo("reconciliation");
		assertThat(runs.get(0).get("executions").get(0).get("executionId").asLong())
			.isEqualTo(ended.get("id").asLong());
		JsonNode drift = reports.get("driftReports").get(0);
		assertThat(drift.get("jobExecutionId").asLong()).isEqualTo(ended.get("id").asLong());
		assertThat(drift.get("dryRun").asBoolean()).isTrue();
		assertThat(drift.get("htmlPath").asString()).endsWith(".html");
		AdminClient.Response page = admin.get(drift.get("htmlLink").asString());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).containsIgnoringCase("<html");
		assertThat(admin.get(drift.get("jsonLink").asString()).ok().get("dryRun").asBoolean()).isTrue();
	}

	@Test
	void reportsShowTheLatestRunsOfEveryJob() {
		// given
		AdminClient admin = admin();
		long id = admin.awaitEnd(admin.post(REFRESH).json().get("id").asLong()).get("id").asLong();
		// when
		JsonNode reports = admin.get("/api/reports?limit=1").ok();
		// then
		assertThat(names(reports.get("runs"), "job")).containsExactly("asset-url-sync", "catalogue-refresh",
				"delta-sync", "reconciliation", "sku-onboarding");
		JsonNode refresh = byName(reports.get("runs"), "job", "catalogue-refresh").get("executions");
		assertThat(refresh).hasSize(1);
		assertThat(refresh.get(0).get("executionId").asLong()).isEqualTo(id);
		assertThat(refresh.get(0).get("figures").get("read").asLong()).isEqualTo(240);
		assertThat(byName(reports.get("runs"), "job", "delta-sync").get("executions")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/executions?limit=0", "/api/executions?limit=1001", "/api/executions?limit=ten",
			"/api/executions?status=DONE", "/api/executions?job=nightly", "/api/exceptions?state=closed",
			"/api/exceptions?rule=no-such-rule", "/api/exceptions?limit=-1", "/api/exceptions?job=nightly",
			"/api/reports?limit=0", "/api/reports?job=nightly", "/api/executions/abc" })
	void aQueryParameterOutOfRangeIsRefusedWithOneSentence(String path) {
		// given
		AdminClient admin = admin();
		// when
		AdminClient.Response response = admin.get(path);
		// then
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		String error = response.json().get("error").asString();
		assertThat(error).endsWith(".").doesNotContain("\n");
		assertThat(error.substring(0, error.length() - 1)).doesNotContain(". ");
	}

	@Test
	void anUnknownExecutionIs404() {
		// given
		AdminClient admin = admin();
		// when
		List<AdminClient.Response> responses = List.of(admin.get("/api/executions/999999"),
				admin.post("/api/executions/999999/restart"), admin.post("/api/executions/999999/stop"));
		// then
		assertThat(responses).extracting(AdminClient.Response::status).containsOnly(404);
		assertThat(responses).allSatisfy(response -> assertThat(response.json().get("error").asString())
			.isEqualTo("There is no execution 999999."));
	}

	static JsonNode step(JsonNode execution, String name) {
		return byName(execution.get("steps"), "name", name);
	}

	static JsonNode byName(JsonNode array, String name) {
		return byName(array, "name", name);
	}

	static JsonNode byName(JsonNode array, String field, String name) {
		for (JsonNode element : array) {
			if (element.get(field).asString().equals(name)) {
				return element;
			}
		}
		throw new AssertionError("no " + field + " " + name + " in " + array);
	}

	static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		array.forEach(element -> ids.add(element.get("id").asLong()));
		return ids;
	}

	static List<String> names(JsonNode array) {
		return names(array, "name");
	}

	static List<String> names(JsonNode array, String field) {
		List<String> names = new ArrayList<>();
		array.forEach(element -> names.add(element.get(field).asString()));
		return names;
	}

}
