package com.akeneokhaos.admin;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without admin credentials configured, the admin API refuses every request, whatever credentials it carries,
 * including ones that look right (an empty user and password, the usual defaults, the channel's), and starts
 * nothing.
 */
@EndToEnd(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sync.admin.username=", "sync.admin.password=", "khaos.channel.username=kcc-channel",
				"khaos.channel.password=channel-password-1", "khaos.channel.public-base-url=https://sync.example.test/",
				"sync.schedule.enabled=false" })
class AdminApiUnconfiguredTest extends EndToEndTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(8L, 20);

	static final List<String> ENDPOINTS = AdminApiCredentialsTest.ENDPOINTS;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} with ''{1}'':''{2}''")
	@CsvSource(delimiter = '|', textBlock = """
			GET /api/jobs                                   | ''         | ''
			POST /api/jobs/catalogue-refresh/executions     | ''         | ''
			POST /api/jobs/catalogue-refresh/executions     | admin      | admin
			POST /api/jobs/catalogue-refresh/executions     | ops-admin  | admin:pässword-1
			POST /api/jobs/catalogue-refresh/executions     | kcc-channel | channel-password-1
			GET /api/executions                             | admin      | admin
			GET /api/exceptions                             | user       | password
			GET /api/reports                                | ops-admin  | admin:pässword-1
			POST /api/executions/1/restart                  | admin      | ''
			POST /api/executions/1/stop                     | ''         | ''
			""")
	void everyRequestIsRefused(String endpoint, String user, String password) {
		// given
		long executionsBefore = count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
		AdminClient client = AdminClient.as(port, user, password);
		// when
		AdminClient.Response response = client.send(endpoint);
		// then
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isNotBlank();
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(executionsBefore);
	}

	@ParameterizedTest(name = "{0} without credentials")
	@FieldSource("ENDPOINTS")
	void everyEndpointIsRefusedWithoutCredentials(String endpoint) {
		// given
		long executionsBefore = count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
		// when
		AdminClient.Response response = AdminClient.withAuthorization(port, null).send(endpoint);
		// then
		assertThat(response.status()).isEqualTo(401);
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(executionsBefore);
	}

}
