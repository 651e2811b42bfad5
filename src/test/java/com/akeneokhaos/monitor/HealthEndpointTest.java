package com.akeneokhaos.monitor;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

import static com.akeneokhaos.monitor.ActuatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health} of the service with its database and an Akeneo simulator: what a load balancer sees
 * without credentials, and what an operator sees with the admin ones. Each test starts from an empty database.
 */
@EndToEnd(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sync.admin.username=" + ActuatorHttp.ADMIN,
		"sync.admin.password=" + ActuatorHttp.ADMIN_PASSWORD, "sync.schedule.enabled=false",
		"sync.health.akeneo.cache-for=0s" })
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class HealthEndpointTest extends EndToEndTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261201L, 30).withDefectsSpreadEvenly(3);

	@LocalServerPort
	int port;

	private ActuatorHttp http;

	@BeforeEach
	void client() {
		http = new ActuatorHttp(port);
	}

	@Test
	void anonymousProbesSeeEveryComponentsStatusButNoDetails() {
		// when
		HttpResponse<String> response = http.get("/actuator/health");

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.path("status").asString()).isEqualTo("UP");
		assertThat(body.path("components").propertyNames()).contains("akeneo", "jobs", "khaosConfirmations", "db");
		assertThat(body.path("components").path("akeneo").path("status").asString()).isEqualTo("UP");
		assertThat(response.body()).doesNotContain("\"details\"");
	}

	@Test
	void theAdminSeesWhatEachComponentFound() throws Exception {
		// given
		JobExecution run = refresh();
		long published = summaries.of(run.getId()).count("published");

		// when
		HttpResponse<String> response = http.getAsAdmin("/actuator/health");

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode components = json(response).path("components");
		assertThat(components.at("/akeneo/details/baseUrl").asString())
			.isEqualTo(sandboxes.akeneo().simulator().baseUrl());
		assertThat(components.at("/akeneo/details/outcome").asString()).startsWith("signed in and listed channels");
		JsonNode refresh = components.at("/jobs/details/catalogue-refresh");
		assertThat(refresh.path("executionId").asLong()).isEqualTo(run.getId());
		assertThat(refresh.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(refresh.path("exitCode").asString()).isEqualTo("COMPLETED");
		assertThat(refresh.path("endTime").asString()).endsWith("Z");
		assertThat(components.at("/jobs/details/delta-sync").asString()).isEqualTo("never run");
		assertThat(published).isPositive();
		assertThat(components.at("/khaosConfirmations/status").asString()).isEqualTo("UP");
		assertThat(components.at("/khaosConfirmations/details/unconfirmed").asLong()).isEqualTo(published);
		assertThat(components.at("/khaosConfirmations/details/takenByKhaosUnconfirmed").asLong()).isZero();
		assertThat(components.at("/khaosConfirmations/details/oldestUnconfirmedAge").asString()).startsWith("PT");
		assertThat(components.at("/db/status").asString()).isEqualTo("UP");
	}

	@Test
	void aFailedRunIsShownButLeavesTheServiceUp() throws Exception {
		// given
		sandboxes.akeneo().simulator().failProductPagesFrom(1, 500);

		// when
		JobExecution run = refresh();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
		HttpResponse<String> response = http.getAsAdmin("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode jobs = json(response).at("/components/jobs");
		assertThat(jobs.path("status").asString()).isEqualTo("UP");
		assertThat(jobs.at("/details/catalogue-refresh/executionId").asLong()).isEqualTo(run.getId());
		assertThat(jobs.at("/details/catalogue-refresh/status").asString()).isEqualTo("FAILED");
		assertThat(jobs.at("/details/catalogue-refresh/exitCode").asString()).isEqualTo("FAILED");
	}

	@Test
	void noAnswerShowsTheAkeneoSecretPasswordOrToken() throws Exception {
		// given
		refresh();
		List<String> secrets = sandboxes.akeneo()
			.properties()
			.stream()
			.filter(property -> property[0].equals("akeneo.secret") || property[0].equals("akeneo.password"))
			.map(property -> property[1])
			.toList();

		// when
		List<String> bodies = List.of(http.get("/actuator/health").body(), http.getAsAdmin("/actuator/health").body(),
				http.getAsAdmin("/actuator/health/akeneo").body());

		// then
		assertThat(secrets).hasSize(2);
		assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(secrets).doesNotContain("Bearer"));
	}

	@Test
	void wrongAdminCredentialsSeeNoDetails() {
		// when
		HttpResponse<String> response = http.getAs(ActuatorHttp.ADMIN, "not-the-password", "/actuator/health");

		// then
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("\"details\"");
	}

}
