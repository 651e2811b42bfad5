package com.akeneokhaos.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.TestDatabase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repackaged jar, as the Dockerfile and the README run it: {@code java -jar akeneo-khaos-sync-VERSION.jar}
 * in a process of its own, configured only through the environment (database and Akeneo) and started from
 * the project directory, where it finds {@code jobs/jobs.yml} and the catalogue mapping. Runs after
 * {@code package} (failsafe), which passes the jar's path as the system property {@code packagedJar}.
 */
class PackagedJarIT {

	@TempDir
	Path tmp;

	@Test
	void statusOnAFreshDatabaseListsNoExecutionsAndExitsZero() {
		// given
		Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_status"));
		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "status");
		// then
		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(run.output()).as(run.describe())
			.containsPattern("id\\s+job\\s+status\\s+started\\s+read\\s+written\\s+skipped")
			.doesNotContain("catalogue-refresh");
	}

	@Test
	void runCatalogueRefreshCompletesAndWritesItsSummaryAsJson() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(CatalogueSpec.of(4711L, 50).withDefectsSpreadEvenly(4));
		int rejected = catalogue.expectedRejections().size();
		Path summaryFile = tmp.resolve("out/summary.json");
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_refresh"));
			environment.putAll(PackagedJar.akeneo(akeneo));
			// when
			PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "catalogue-refresh", "--summary-json=" + summaryFile);
			// then
			assertThat(run.exitCode()).as(run.describe()).isZero();
			assertThat(run.output()).as(run.describe())
				.containsPattern("catalogue-refresh execution \\d+: COMPLETED\\b")
				.contains("read 50, published %d, unchanged 0, rejected %d".formatted(50 - rejected, rejected));
			assertThat(summaryFile).as(run.describe()).isRegularFile();
			assertThat(summaryFile).content().contains("\"status\" : \"COMPLETED\"");
			JsonNode json = SummaryJson.read(summaryFile);
			assertThat(json.get("job").asString()).isEqualTo("catalogue-refresh");
			assertThat(json.get("status").asString()).isEqualTo("COMPLETED");
			assertThat(json.get("read").asLong()).isEqualTo(50);
			assertThat(json.get("rejected").asLong()).isEqualTo(rejected);
			assertDeltaPublishesOnlyTheChange(catalogue, akeneo, environment);
			assertReconciliationWritesItsReport(environment);
			assertOnboardingWritesTheStatusesBack(catalogue, akeneo, environment);
			assertAssetSyncSaysWhatItNeeds(environment);
		}
	}

	@Test
	void aFailedRunPostsItsNotificationBeforeTheCommandExits() {
		// given
		WireMockServer webhook = new WireMockServer(wireMockConfig().dynamicPort());
		webhook.start();
		webhook.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(CatalogueGenerator.generate(CatalogueSpec.of(4713L, 30)))) {
			akeneo.simulator().failProductPagesFrom(1, 500);
			Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_notify"));
			environment.putAll(PackagedJar.akeneo(akeneo));
			environment.putAll(Map.of("SYNC_NOTIFY_WEBHOOK_ENABLED", "true", "SYNC_NOTIFY_WEBHOOK_URL",
					webhook.baseUrl() + "/hook"));
			// when
			PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "catalogue-refresh",
					"--akeneo.retry.max-retries=0");
			// then
			assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
			List<LoggedRequest> posts = webhook.findAll(postRequestedFor(urlEqualTo("/hook")));
			assertThat(posts).as(run.describe()).hasSize(1);
			assertThat(posts.get(0).getBodyAsString()).contains("\"event\":\"run-failed:1\"")
				.contains("java -jar akeneo-khaos-sync.jar restart 1");
		}
		finally {
			webhook.stop();
		}
	}

	/** {@code run asset-url-sync} through the jar, with the shipped mapping (no images: section), sends nothing. */
	private void assertAssetSyncSaysWhatItNeeds(Map<String, String> environment) {
		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "asset-url-sync");
		// then
		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(run.output()).as(run.describe())
			.containsPattern("asset-url-sync execution \\d+: COMPLETED\\b")
			.contains("the mapping file has no images: section: nothing to send");
	}

	/**
	 * Once Akeneo has the status attributes, {@code run sku-onboarding} through the jar writes every product's status
	 * back: the rejected ones with their reasons, the others pending (Khaos has polled nothing here).
	 */
	private void assertOnboardingWritesTheStatusesBack(GeneratedCatalogue catalogue, AkeneoSandbox akeneo,
			Map<String, String> environment) {
		// given
		akeneo.simulator().addOnboardingAttributes("khaos_status", "khaos_message");
		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "sku-onboarding");
		// then
		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(run.output()).as(run.describe())
			.containsPattern("sku-onboarding execution \\d+: COMPLETED\\b")
			.contains("Akeneo statuses written back 50 (already shown 0), refused by Akeneo 0");
		String rejected = catalogue.expectedRejections().keySet().iterator().next();
		assertThat(akeneo.simulator().product(rejected).orElseThrow().path("values").path("khaos_status").path(0)
			.path("data").asString()).isEqualTo("rejected");
	}

	/** {@code run reconciliation} through the jar lists the rejected products and writes its HTML report. */
	private void assertReconciliationWritesItsReport(Map<String, String> environment) {
		// given
		Path reports = tmp.resolve("reports");
		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "reconciliation",
				"--sync.reconciliation.report-dir=" + reports);
		// then
		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(run.output()).as(run.describe())
			.containsPattern("reconciliation execution \\d+: COMPLETED\\b")
			.contains("drift report: " + reports.resolve("reconciliation-"));
		assertThat(reports).isDirectoryContaining("glob:**.html").isDirectoryContaining("glob:**.json");
		assertThat(run.output()).as(run.describe()).containsPattern("drift \\d+: rejected=\\d+");
	}

	/** After the refresh, {@code run delta-sync} through the jar finds the one product changed since. */
	private void assertDeltaPublishesOnlyTheChange(GeneratedCatalogue catalogue, AkeneoSandbox akeneo,
			Map<String, String> environment) {
		// given
		String uuid = catalogue.validUuids().get(0);
		akeneo.simulator().updateProduct(uuid, product -> product.get("values").get("name")
			.forEach(value -> ((ObjectNode) value).put("data", "Renamed through the jar")));
		Path deltaSummary = tmp.resolve("out/delta.json");
		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "delta-sync", "--summary-json=" + deltaSummary);
		// then
		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(run.output()).as(run.describe())
			.containsPattern("delta-sync execution \\d+: COMPLETED\\b")
			.contains("window: updated in Akeneo after ")
			.contains("read 1, published 1, unchanged 0, rejected 0");
		assertThat(SummaryJson.read(deltaSummary).get("published").asLong()).isEqualTo(1);
	}

}
