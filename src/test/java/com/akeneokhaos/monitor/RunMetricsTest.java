package com.akeneokhaos.monitor;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} of the service after real runs: the suite's counters hold each run's figures, the
 * outbox gauge what Khaos has not taken, and Spring Batch's own job and step timers are there. The Khaos simulator
 * polls the service's channel. Each test starts from an empty database and a new meter registry.
 */
@EndToEnd(properties = { "sync.admin.username=" + ActuatorHttp.ADMIN,
		"sync.admin.password=" + ActuatorHttp.ADMIN_PASSWORD, "sync.schedule.enabled=false",
		"sync.refresh.skip-limit=100", "sync.reconciliation.confirmation-grace=0s",
		"sync.reconciliation.report-dir=target/reports", "akeneo.read-partitions=1" })
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class RunMetricsTest extends EndToEndTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261203L, 60).withDefectsSpreadEvenly(6);

	private ActuatorHttp http;

	private JobOperatorTestUtils reconciliations;

	@BeforeEach
	void client() {
		http = new ActuatorHttp(sandboxes.khaos().port());
	}

	@Autowired
	void reconciliationJob(JobOperator operator, JobRepository repository, Job reconciliationJob) {
		reconciliations = new JobOperatorTestUtils(operator, repository);
		reconciliations.setJob(reconciliationJob);
	}

	@Test
	void aRefreshIsCountedWithItsPublishedAndRejectedItems() throws Exception {
		// given
		JobExecution run = refresh();
		RunSummary summary = summaries.of(run.getId());

		// when
		HttpResponse<String> response = http.getAsAdmin("/actuator/prometheus");

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		PrometheusText scrape = new PrometheusText(response.body());
		assertThat(summary.count("published")).isPositive();
		assertThat(scrape.value("sync_items_published_total", "job", "catalogue-refresh"))
			.isEqualTo(summary.count("published"));
		Map<String, Long> rejectedByRule = sandboxes.catalogue()
			.expectedRejections()
			.values()
			.stream()
			.collect(Collectors.groupingBy(Rule::code, Collectors.counting()));
		assertThat(rejectedByRule).isNotEmpty();
		rejectedByRule.forEach((rule, count) -> assertThat(
				scrape.value("sync_items_rejected_total", "job", "catalogue-refresh", "rule", rule))
			.as("rejected by %s", rule)
			.isEqualTo(count.doubleValue()));
		assertThat(scrape.samples("sync_items_rejected_total")).hasSize(rejectedByRule.size());
		assertThat(scrape.value("sync_runs_total", "job", "catalogue-refresh", "status", "COMPLETED")).isEqualTo(1);
		assertThat(scrape.value("sync_outbox_pending"))
			.isEqualTo(count("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL"))
			.isEqualTo(summary.count("published"));
		assertThat(scrape.value("spring_batch_job_seconds_count", "spring_batch_job_name", "catalogue-refresh",
				"spring_batch_job_status", "COMPLETED")).isEqualTo(1);
		assertThat(scrape.value("spring_batch_step_seconds_count", "spring_batch_step_job_name", "catalogue-refresh",
				"spring_batch_step_name", "publish-products", "spring_batch_step_status", "COMPLETED")).isEqualTo(1);
	}

	@Test
	void aFailedRefreshIsCountedWithTheReadThatFailedIt() throws Exception {
		// given
		sandboxes.akeneo().simulator().failProductPagesFrom(1, 500);

		// when
		JobExecution run = refresh();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
		PrometheusText scrape = new PrometheusText(http.getAsAdmin("/actuator/prometheus").body());
		assertThat(scrape.value("sync_runs_total", "job", "catalogue-refresh", "status", "FAILED")).isEqualTo(1);
		assertThat(scrape.samples("sync_runs_total", "job", "catalogue-refresh", "status", "COMPLETED")).isEmpty();
		assertThat(scrape.value("spring_batch_item_read_seconds_count", "spring_batch_item_read_step_name",
				"publish-products", "spring_batch_item_read_status", "FAILURE")).isEqualTo(1);
		assertThat(scrape.value("spring_batch_job_seconds_count", "spring_batch_job_name", "catalogue-refresh",
				"spring_batch_job_status", "FAILED")).isEqualTo(1);
	}

	@Test
	void theOutboxGaugeFallsAsKhaosTakesTheItems() throws Exception {
		// given
		refresh();

		// when
		sandboxes.khaos().simulator().pollOnce();

		// then
		PrometheusText scrape = new PrometheusText(http.getAsAdmin("/actuator/prometheus").body());
		assertThat(scrape.value("sync_outbox_pending")).isZero();
	}

	@Test
	void metricsNeedTheAdminCredentials() {
		// when
		HttpResponse<String> anonymous = http.get("/actuator/prometheus");
		HttpResponse<String> wrongPassword = http.getAs(ActuatorHttp.ADMIN, "guess", "/actuator/prometheus");

		// then
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("sync_");
	}

	@Test
	void aReconciliationCountsTheDriftItFound() throws Exception {
		// given
		refresh();
		sandboxes.khaos().simulator().pollOnce();
		String uuid = sandboxes.catalogue()
			.validUuids()
			.stream()
			.filter(id -> sandboxes.akeneo().simulator().product(id).orElseThrow().path("enabled").asBoolean())
			.findFirst()
			.orElseThrow();
		sandboxes.khaos()
			.simulator()
			.editItem(StockIds.forProduct(uuid), item -> item.put("ShortDescription", "Typed over in Khaos"));
		sandboxes.khaos().simulator().pollOnce();

		// when
		JobExecution run = reconciliations.startJob();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long drift = summaries.of(run.getId()).count("drift");
		assertThat(drift).isPositive();
		PrometheusText scrape = new PrometheusText(http.getAsAdmin("/actuator/prometheus").body());
		assertThat(scrape.value("sync_drift_found_total", "job", "reconciliation")).isEqualTo(drift);
		assertThat(scrape.samples("sync_drift_found_total", "job", "catalogue-refresh")).isEmpty();
	}

	@Test
	void anOnboardingCountsTheStatusesAkeneoRefused() throws Exception {
		// given
		sandboxes.akeneo().simulator().addOnboardingAttributes("khaos_status", "khaos_message");
		String refused = sandboxes.catalogue().validUuids().get(0);
		sandboxes.akeneo()
			.simulator()
			.refusePatchesOf(refused, "khaos_status", "The khaos_status attribute is not in this product's family.");

		// when
		JobExecution run = onboard();

		// then
		assertThat(summaries.of(run.getId()).count("writeBackRefused")).isEqualTo(1);
		PrometheusText scrape = new PrometheusText(http.getAsAdmin("/actuator/prometheus").body());
		assertThat(scrape.value("sync_writeback_failures_total", "job", "sku-onboarding")).isEqualTo(1);
		assertThat(scrape.samples("sync_items_rejected_total", "rule", Rule.AKENEO_WRITE_BACK_REFUSED.code()))
			.isEmpty();
		assertThat(scrape.value("sync_runs_total", "job", "sku-onboarding", "status", run.getStatus().name()))
			.isEqualTo(1);
	}

}
