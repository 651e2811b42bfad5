package com.akeneokhaos.launch;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar run as the service, as docker-compose runs it: it passes the compose file's health check,
 * schedules delta-sync by itself, serves the admin API only with the admin credentials, starts a refresh through
 * it, and lists our counters among Prometheus's.
 */
class PackagedServiceIT {

	private static final String ADMIN = basic("admin", "admin-secret");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path tmp;

	@Test
	void theServiceSchedulesRunsAndAnswersOperatorsOnlyWithTheirCredentials() throws Exception {
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(CatalogueGenerator.generate(CatalogueSpec.of(4712L, 40)))) {
			// given
			Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_service"));
			environment.putAll(PackagedJar.akeneo(akeneo));
			environment.putAll(Map.of("SYNC_ADMIN_USERNAME", "admin", "SYNC_ADMIN_PASSWORD", "admin-secret",
					"KHAOS_CHANNEL_USERNAME", "kcc", "KHAOS_CHANNEL_PASSWORD", "kcc-secret",
					"KHAOS_CHANNEL_PUBLIC_BASE_URL", "http://localhost:8080"));

			// when
			try (PackagedJar.Service service = PackagedJar.service(tmp, environment, freePort(),
					"--sync.schedule.jobs.delta-sync.cron=*/5 * * * * *",
					"--sync.schedule.jobs.sku-onboarding.enabled=false",
					"--sync.schedule.jobs.asset-url-sync.enabled=false")) {
				await().atMost(Duration.ofMinutes(3))
					.pollInterval(Duration.ofMillis(500))
					.ignoreExceptions()
					.failFast("the service ended; it printed:%n" + service.output(), () -> !service.process().isAlive())
					.until(() -> status(service, "/actuator/health/readiness", null) == 200);

				// then
				assertThat(composeHealthCheck(service.port())).as("docker-compose.yml's health check").isZero();
				assertThat(status(service, "/api/jobs", null)).isEqualTo(401);
				assertThat(status(service, "/api/jobs", basic("admin", "wrong"))).isEqualTo(401);
				assertThat(status(service, "/actuator/prometheus", null)).isEqualTo(401);
				JsonNode deltaSync = job(json(service, "/api/jobs"), "delta-sync");
				assertThat(deltaSync.at("/schedule/cron").asString()).isEqualTo("*/5 * * * * *");
				assertThat(deltaSync.at("/schedule/nextFiring").isNull()).isFalse();
				assertThat(job(json(service, "/api/jobs"), "sku-onboarding").at("/schedule/enabled").asBoolean())
					.isFalse();
				await().atMost(Duration.ofMinutes(2))
					.until(() -> json(service, "/api/executions?job=delta-sync&status=COMPLETED").size() >= 1);
				JsonNode scheduled = json(service, "/api/executions?job=delta-sync").get(0);
				assertThat(scheduled.at("/parameters/schedule.firing").asString())
					.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[0-5][05]Z");
				long refresh = JSON.readTree(send(service, "POST", "/api/jobs/catalogue-refresh/executions", ADMIN).body())
					.get("id")
					.asLong();
				await().atMost(Duration.ofMinutes(2))
					.until(() -> json(service, "/api/executions/" + refresh).get("status").asString().equals("COMPLETED"));
				assertThat(send(service, "GET", "/actuator/prometheus", ADMIN).body())
					.contains("sync_items_published_total{job=\"catalogue-refresh\"")
					.contains("spring_batch_job_seconds_count");
				assertThat(status(service, "/console", null)).as("anonymous: to the login page").isEqualTo(302);
				assertThat(status(service, "/console/console.css", null)).isEqualTo(200);
				assertThat(consoleDashboardAfterLogIn(service, "admin", "admin-secret")).contains("<h1>Dashboard</h1>")
					.contains("catalogue-refresh")
					.contains("COMPLETED");
				HttpResponse<String> health = send(service, "GET", "/actuator/health", null);
				assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
				assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
				assertThat(health.body()).doesNotContain("admin-secret").doesNotContain(environment.get("AKENEO_SECRET"));
			}
		}
	}

	/** Logs in to the console with its form (taking the page's CSRF token and the session cookie) and reads it. */
	private static String consoleDashboardAfterLogIn(PackagedJar.Service service, String user, String password)
			throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String base = "http://127.0.0.1:" + service.port();
		String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/console/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).as(login).isTrue();
		String form = "username=" + user + "&password=" + password + "&_csrf=" + token.group(1);
		HttpResponse<String> dashboard = browser.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
		return dashboard.body();
	}

	/** Runs the app service's health check from docker-compose.yml against this port; its exit code. */
	private static int composeHealthCheck(int port) throws IOException, InterruptedException {
		JsonNode test = new YAMLMapper().readTree(Path.of("docker-compose.yml").toFile())
			.at("/services/app/healthcheck/test");
		assertThat(test.get(0).asString()).isEqualTo("CMD");
		String[] command = new String[test.size() - 1];
		for (int i = 1; i < test.size(); i++) {
			command[i - 1] = test.get(i).asString().replace("8080", String.valueOf(port));
		}
		Process check = new ProcessBuilder(command).inheritIO().start();
		assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return check.exitValue();
	}

	private static JsonNode job(JsonNode jobs, String name) {
		for (JsonNode job : jobs) {
			if (job.get("name").asString().equals(name)) {
				return job;
			}
		}
		throw new AssertionError("no job " + name + " in " + jobs);
	}

	private JsonNode json(PackagedJar.Service service, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(service, "GET", path, ADMIN);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private int status(PackagedJar.Service service, String path, @Nullable String authorization)
			throws IOException, InterruptedException {
		return send(service, "GET", path, authorization).statusCode();
	}

	private HttpResponse<String> send(PackagedJar.Service service, String method, String path,
			@Nullable String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
