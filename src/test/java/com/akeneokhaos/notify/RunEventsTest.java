package com.akeneokhaos.notify;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events other than a failed run, each posted to a webhook (WireMock) as its kind: a run longer than the limit
 * (here 1 ms, so every run), an item Khaos refuses and never confirms, the mass-retirement guard refusing a refresh,
 * a run stopped by an operator, and a reconciliation finding more drift than the threshold. Each test has a service and database of its own.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = { "sync.notify.webhook.enabled=true", "sync.notify.long-run=1ms",
		"sync.notify.drift-threshold=1", "sync.refresh.confirmation-grace=0s",
		"sync.reconciliation.confirmation-grace=0s",
		"sync.reconciliation.report-dir=${java.io.tmpdir}/akeneo-khaos-notify-reports" })
class RunEventsTest extends NotifyTestBase {

	static final String HOOK = "/events";

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(2121L, 400);

	@RegisterExtension
	static final WireMockExtension WEBHOOK = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("sync.notify.webhook.url", () -> WEBHOOK.baseUrl() + HOOK);
	}

	private JobOperatorTestUtils reconciliations;

	@Autowired
	private JobLaunches launches;

	@Autowired
	private void reconciliationJob(JobOperator operator, JobRepository repository, Job reconciliationJob) {
		reconciliations = new JobOperatorTestUtils(operator, repository);
		reconciliations.setJob(reconciliationJob);
	}

	@BeforeEach
	void webhookTakesEverything() {
		WEBHOOK.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(204)));
	}

	@Test
	void aRunLongerThanTheLimitIsReportedWithHowLongItTook() throws Exception {
		// when
		JobExecution refresh = refresh();
		// then
		JsonNode posted = awaitPosted("RUN_LONG");
		assertThat(posted.get("event").asString()).isEqualTo("run-long:" + refresh.getId());
		assertThat(posted.get("lines").get(0).asString()).contains("longer than the 0 s set in sync.notify.long-run")
			.endsWith("it ended COMPLETED.");
		assertThat(kinds()).containsOnly("RUN_LONG");
	}

	@Test
	void anItemKhaosNeverConfirmsIsReportedWithItsSkuAndWhy() throws Exception {
		// given: a Khaos user made the product's code by hand in other letter case, so Khaos refuses ours
		String uuid = catalogue().validUuids().get(7);
		String sku = catalogue().akeneoProduct(uuid).orElseThrow().valuesOf("sku").get(0).data().asString();
		khaos().addItemByHand("HAND-1", sku.toLowerCase(Locale.ROOT), "Created by hand in Khaos");
		refresh();
		khaos().pollOnce();
		// when
		JobExecution next = refresh();
		// then
		JsonNode posted = awaitPosted("KHAOS_UNCONFIRMED");
		assertThat(posted.get("event").asString()).isEqualTo("khaos-unconfirmed:" + next.getId());
		assertThat(posted.get("subject").asString()).isEqualTo("1 item(s) not confirmed by Khaos");
		assertThat(posted.get("lines").get(1).asString()).startsWith("- " + sku + ": ").contains(sku);
		assertThat(posted.get("link").asString()).isEqualTo(CONSOLE + "/console/confirmations");
	}

	@Test
	void theMassRetirementGuardIsReportedAsSuch() throws Exception {
		// given
		refresh();
		catalogue().validUuids().stream().skip(10).forEach(akeneo()::removeProduct);
		// when
		JobExecution refused = refresh();
		// then
		assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
		JsonNode posted = awaitPosted("MASS_RETIREMENT");
		assertThat(posted.get("event").asString()).isEqualTo("mass-retirement:" + refused.getId());
		assertThat(posted.get("subject").asString())
			.isEqualTo("catalogue-refresh execution " + refused.getId() + " refused to discontinue most of Khaos");
		assertThat(posted.get("lines").toString()).contains("Refusing to discontinue")
			.contains("restart " + refused.getId());
		assertThat(kinds()).doesNotContain("RUN_FAILED");
	}

	@Test
	void aStoppedRunIsReportedWithHowToGoOn() throws Exception {
		// given: a refresh slowed by Akeneo that has committed a chunk
		akeneo().delayResponses(Duration.ofMillis(300));
		long id = launches.start("catalogue-refresh",
				new JobParametersBuilder().addLong("run.id", 1L).toJobParameters()).execution().getId();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("SELECT COALESCE(SUM(WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
					+ "AND STEP_NAME = 'publish-products'", id) > 0);
		// when
		launches.stop(id);
		// then
		JsonNode posted = awaitPosted("RUN_STOPPED");
		assertThat(posted.get("event").asString()).isEqualTo("run-stopped:" + id);
		assertThat(posted.get("subject").asString()).isEqualTo("catalogue-refresh execution " + id + " STOPPED");
		assertThat(posted.get("lines").toString()).contains("ended STOPPED").contains("restart " + id);
		assertThat(kinds()).doesNotContain("RUN_FAILED");
	}

	@Test
	void driftAboveTheThresholdIsReportedWithALinkToItsReport() throws Exception {
		// given
		refresh();
		khaos().pollOnce();
		List<String> edited = catalogue().validUuids().subList(0, 3);
		edited.forEach(uuid -> khaos().editItem(StockIds.forProduct(uuid),
				item -> item.put("ShortDescription", "Typed over in Khaos")));
		khaos().pollOnce();
		// when
		JobExecution reconciliation = reconciliations.startJob();
		// then
		assertThat(reconciliation.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode posted = awaitPosted("DRIFT");
		assertThat(posted.get("subject").asString()).startsWith("reconciliation found ");
		assertThat(posted.get("link").asString())
			.isEqualTo(CONSOLE + "/console/drift/" + reconciliation.getJobInstance().getInstanceId());
	}

	/** The post of this kind, once the webhook has it. */
	private JsonNode awaitPosted(String kind) {
		await().atMost(Duration.ofSeconds(20)).until(() -> kinds().contains(kind));
		return posts().stream().filter(post -> post.get("kind").asString().equals(kind)).findFirst().orElseThrow();
	}

	private List<String> kinds() {
		return posts().stream().map(post -> post.get("kind").asString()).toList();
	}

	private List<JsonNode> posts() {
		return WEBHOOK.findAll(postRequestedFor(urlEqualTo(HOOK)))
			.stream()
			.map(request -> JsonMapper.shared().readTree(request.getBodyAsString()))
			.toList();
	}

}
