package com.akeneokhaos.console;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what in the console, over plain HTTP: anonymous visitors are sent to the login page, a viewer reads
 * every page but each action is refused (403) and starts nothing, an action without the page's CSRF token is refused
 * even to the admin, and the admin's actions with it are carried out.
 */
class ConsoleAccessTest extends ConsoleTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1616L, 120).withDefectsSpreadEvenly(6);

	private long failedId;

	@BeforeEach
	void aFailedRun() throws Exception {
		akeneo().failProductPagesFrom(1, 500);
		try {
			JobExecution failed = refresh();
			assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
			failedId = failed.getId();
		}
		finally {
			akeneo().clearFaults();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/console", "/console/executions", "/console/executions/1", "/console/exceptions",
			"/console/exceptions.csv", "/console/drift", "/console/drift/1", "/console/confirmations" })
	void anAnonymousVisitorIsSentToTheLoginPage(String path) {
		// when
		HttpResponse<String> answer = ConsoleSession.anonymous(port).get(path);
		// then
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/console/login"));
	}

	@Test
	void anAnonymousActionStartsNothing() {
		// given
		ConsoleSession anonymous = ConsoleSession.anonymous(port);
		long before = executionCount();
		// when
		HttpResponse<String> answer = anonymous.post("/console/jobs/catalogue-refresh/start",
				anonymous.csrf("/console/login"), Map.of());
		// then
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/console/login");
		assertThat(executionCount()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/console/executions/987654|There is no execution 987654.",
			"/console/drift/987654|There is no drift report for reconciliation instance 987654." })
	void somethingThatDoesNotExistIsAPageSayingSo(String pathAndReason) {
		// given
		String[] parts = pathAndReason.split("\\|");
		// when
		HttpResponse<String> answer = viewer().get(parts[0]);
		// then
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).contains("<h1>Not found</h1>").contains(parts[1]);
	}

	@Test
	void aWrongPasswordIsToldSoOnTheLoginPage() {
		// given
		ConsoleSession session = ConsoleSession.anonymous(port);
		// when
		HttpResponse<String> answer = session.post("/console/login", session.csrf("/console/login"),
				Map.of("username", ADMIN, "password", "not-" + ADMIN_PASSWORD));
		// then
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/console/login?error");
		assertThat(session.page("/console/login?error").text()).contains("The user name or password is wrong.");
		assertThat(session.get("/console").statusCode()).isEqualTo(302);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/console", "/console/executions", "/console/exceptions", "/console/drift",
			"/console/confirmations" })
	void aViewerReadsEveryPageWithoutItsActions(String path) {
		// when
		Document page = viewer().page(path);
		// then
		assertThat(page.select("header .who").text()).contains(VIEWER + " (viewer)");
		assertThat(page.select("form[action*=/start], form[action*=/restart], form[action*=/stop]")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/console/executions/%d/restart", "/console/executions/%d/stop",
			"/console/jobs/catalogue-refresh/start" })
	void aViewersActionIsRefusedAndStartsNothing(String action) {
		// given
		ConsoleSession viewer = viewer();
		String token = viewer.csrf("/console/executions/" + failedId);
		long before = executionCount();
		// when
		HttpResponse<String> answer = viewer.post(action.formatted(failedId), token, Map.of());
		// then
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("not start, restart or stop jobs");
		assertThat(executionCount()).isEqualTo(before);
	}

	@Test
	void anActionWithoutThePagesTokenIsRefusedEvenToTheAdmin() {
		// given
		ConsoleSession admin = admin();
		long before = executionCount();
		// when
		HttpResponse<String> withoutToken = admin.post("/console/executions/" + failedId + "/restart", null, Map.of());
		HttpResponse<String> wrongToken = admin.post("/console/executions/" + failedId + "/restart", "forged",
				Map.of());
		// then
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(executionCount()).isEqualTo(before);
	}

	@Test
	void theAdminsRestartWithThePagesTokenResumesTheFailedRun() throws Exception {
		// given
		ConsoleSession admin = admin();
		Document page = admin.page("/console/executions/" + failedId);
		assertThat(page.select("button#restart")).hasSize(1);
		// when
		HttpResponse<String> answer = admin.post("/console/executions/" + failedId + "/restart",
				page.selectFirst("form[action$=/restart] input[name=_csrf]").val(), Map.of());
		// then
		assertThat(answer.statusCode()).isEqualTo(302);
		String location = URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath();
		long restarted = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(restarted).isGreaterThan(failedId);
		assertThat(awaitEnd(restarted)).isEqualTo("COMPLETED");
		assertThat(count("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", restarted))
			.isEqualTo(count("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", failedId));
		assertThat(admin.page(location).select(".notice").text()).contains("Restarted execution " + failedId);
	}

}
