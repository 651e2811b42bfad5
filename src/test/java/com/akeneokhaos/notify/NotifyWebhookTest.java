package com.akeneokhaos.notify;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.launch.RunFinished;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook against a real HTTP server (WireMock): each event is posted once, even when the same run is heard of
 * again; a webhook answering 500 is tried again until it takes the post, or until the attempts are spent (then the
 * notification is FAILED and health says so, without the webhook's secret address); the job's result never changes.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = { "sync.notify.webhook.enabled=true", "sync.notify.retry.attempts=3" })
class NotifyWebhookTest extends NotifyTestBase {

	static final String HOOK = "/hooks/T000/B000/secret-token-xyz";

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1818L, 150);

	@RegisterExtension
	static final WireMockExtension WEBHOOK = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("sync.notify.webhook.url", () -> WEBHOOK.baseUrl() + HOOK);
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	NotificationsHealthIndicator health;

	@BeforeEach
	void webhookAnswersTwice500ThenTakesIt() {
		WEBHOOK.stubFor(post(urlEqualTo(HOOK)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("failed once"));
		WEBHOOK.stubFor(post(urlEqualTo(HOOK)).inScenario("flaky")
			.whenScenarioStateIs("failed once")
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("failed twice"));
		WEBHOOK.stubFor(post(urlEqualTo(HOOK)).inScenario("flaky")
			.whenScenarioStateIs("failed twice")
			.willReturn(aResponse().withStatus(200)));
	}

	@Test
	void aWebhookAnswering500IsRetriedUntilItTakesTheEventOnceAndTheJobStaysFailed() throws Exception {
		// given
		JobExecution failed = failedRefresh();
		// when
		await().atMost(Duration.ofSeconds(20)).until(() -> notifications().equals(List.of("webhook RUN_FAILED SENT 3")));
		events.publishEvent(new RunFinished(failed));
		// then
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> WEBHOOK.findAll(postRequestedFor(urlEqualTo(HOOK))).size() == 3);
		JsonNode posted = JsonMapper.shared()
			.readTree(WEBHOOK.findAll(postRequestedFor(urlEqualTo(HOOK))).get(2).getBodyAsString());
		assertThat(posted.get("event").asString()).isEqualTo("run-failed:" + failed.getId());
		assertThat(posted.get("kind").asString()).isEqualTo("RUN_FAILED");
		assertThat(posted.get("link").asString()).isEqualTo(CONSOLE + "/console/executions/" + failed.getId());
		assertThat(posted.get("lines").toString()).contains("restart " + failed.getId());
		assertThat(status(failed)).isEqualTo("FAILED");
	}

	@Test
	void aWebhookThatNeverTakesItIsGivenUpAfterTheLastAttemptAndHealthSaysWhyWithoutItsAddress() throws Exception {
		// given
		WEBHOOK.resetAll();
		WEBHOOK.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(500)));
		// when
		JobExecution failed = failedRefresh();
		// then
		await().atMost(Duration.ofSeconds(20)).until(() -> notifications().equals(List.of("webhook RUN_FAILED FAILED 3")));
		assertThat(WEBHOOK.findAll(postRequestedFor(urlEqualTo(HOOK)))).hasSize(3);
		Health health = this.health.health();
		assertThat(health.getDetails()).containsEntry("failed", 1L).containsEntry("pending", 0L);
		assertThat(health.getDetails().get("lastError")).isEqualTo("the webhook answered 500");
		assertThat(health.toString()).doesNotContain("secret-token-xyz");
		assertThat(status(failed)).isEqualTo("FAILED");
	}

	private JobExecution failedRefresh() throws Exception {
		akeneo().failProductPagesFrom(1, 500);
		try {
			JobExecution failed = refresh();
			assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
			return failed;
		}
		finally {
			akeneo().clearFaults();
		}
	}

	private String status(JobExecution execution) {
		return jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
			.param(execution.getId())
			.query(String.class)
			.single();
	}

}
