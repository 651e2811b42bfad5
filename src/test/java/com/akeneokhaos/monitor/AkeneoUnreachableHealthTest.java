package com.akeneokhaos.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

import static com.akeneokhaos.monitor.ActuatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The service configured for an Akeneo that nothing answers at: a port that was free a moment ago. */
@EndToEnd(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sync.admin.username=" + ActuatorHttp.ADMIN,
		"sync.admin.password=" + ActuatorHttp.ADMIN_PASSWORD, "sync.schedule.enabled=false",
		"akeneo.client-id=monitor-client", "akeneo.secret=" + AkeneoUnreachableHealthTest.SECRET,
		"akeneo.username=monitor-user", "akeneo.password=" + AkeneoUnreachableHealthTest.PASSWORD })
class AkeneoUnreachableHealthTest extends EndToEndTestBase {

	static final String SECRET = "unreachable-test-secret";

	static final String PASSWORD = "unreachable-test-password";

	private static final String BASE_URL = "http://127.0.0.1:" + closedPort();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void akeneoWhereNothingAnswers(DynamicPropertyRegistry registry) {
		registry.add("akeneo.base-url", () -> BASE_URL);
	}

	@Test
	void theAkeneoComponentIsDownWithTheReason() {
		// given
		ActuatorHttp http = new ActuatorHttp(port);

		// when
		HttpResponse<String> anonymous = http.get("/actuator/health");
		HttpResponse<String> admin = http.getAsAdmin("/actuator/health");

		// then
		assertThat(anonymous.statusCode()).isEqualTo(503);
		assertThat(json(anonymous).at("/components/akeneo/status").asString()).isEqualTo("DOWN");
		assertThat(json(anonymous).at("/components/db/status").asString()).isEqualTo("UP");
		JsonNode akeneo = json(admin).at("/components/akeneo");
		assertThat(akeneo.at("/details/baseUrl").asString()).isEqualTo(BASE_URL);
		assertThat(akeneo.at("/details/outcome").asString()).startsWith("cannot reach Akeneo: ");
		assertThat(anonymous.body() + admin.body()).doesNotContain(SECRET, PASSWORD);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
