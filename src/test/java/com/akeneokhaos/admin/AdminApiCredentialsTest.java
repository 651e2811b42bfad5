package com.akeneokhaos.admin;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin endpoint refuses a caller without the admin credentials (none, a wrong password, a wrong user, the
 * Khaos channel's, an unreadable header) with 401, a Basic challenge and a JSON error, and starts, restarts or
 * stops nothing.
 */
class AdminApiCredentialsTest extends AdminApiTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(7L, 30);

	static final List<String> ENDPOINTS = List.of("GET /api/jobs", "POST " + REFRESH, "GET /api/executions",
			"GET /api/executions/1", "POST /api/executions/1/restart", "POST /api/executions/1/stop",
			"GET /api/exceptions", "GET /api/reports", "GET /api/reports/drift/1/html");

	static final List<Arguments> CREDENTIALS = List.of(Arguments.of("none", null),
			Arguments.of("wrong password", AdminClient.basic(ADMIN_USER, "wrong")),
			Arguments.of("wrong user", AdminClient.basic("someone", ADMIN_PASSWORD)),
			Arguments.of("the Khaos channel's", AdminClient.basic(CHANNEL_USER, CHANNEL_PASSWORD)),
			Arguments.of("empty password", AdminClient.basic(ADMIN_USER, "")),
			Arguments.of("unreadable", "Basic !!!"));

	static Stream<Arguments> endpointsAndCredentials() {
		return ENDPOINTS.stream()
			.flatMap(endpoint -> CREDENTIALS.stream()
				.map(credentials -> Arguments.of(endpoint, credentials.get()[0], credentials.get()[1])));
	}

	@ParameterizedTest(name = "{0} with {1} credentials")
	@MethodSource("endpointsAndCredentials")
	void everyEndpointRefusesAnyoneButTheAdmin(String endpoint, String credentials, String authorization) {
		// given
		long executionsBefore = executionCount();
		AdminClient client = AdminClient.withAuthorization(port, authorization);
		// when
		AdminClient.Response response = client.send(endpoint);
		// then
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=");
		assertThat(response.json().get("error").asString()).isNotBlank();
		assertThat(executionCount()).isEqualTo(executionsBefore);
	}

}
