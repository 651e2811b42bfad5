package com.akeneokhaos.monitor;

import java.net.URI;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;
import com.zaxxer.hikari.HikariDataSource;

import static com.akeneokhaos.monitor.ActuatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service reaches its database of its own through a {@link TcpRelay}; cutting the relay makes the database
 * unreachable as a network failure or a stopped server would, without touching the test server the other classes
 * share. Connections wait at most a second for the pool, so the probe answers soon.
 */
@EndToEnd(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sync.admin.username=" + ActuatorHttp.ADMIN,
		"sync.admin.password=" + ActuatorHttp.ADMIN_PASSWORD, "sync.schedule.enabled=false",
		"spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500" })
class HealthWhenDatabaseDownTest extends EndToEndTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261202L, 10);

	@LocalServerPort
	int port;

	@Autowired
	DatabaseThroughRelay database;

	@Test
	void theServiceIsDownWhileItsDatabaseIsUnreachable() {
		// given
		ActuatorHttp http = new ActuatorHttp(port);
		HttpResponse<String> before = http.get("/actuator/health");

		// when
		database.cut();
		HttpResponse<String> after = http.get("/actuator/health");
		HttpResponse<String> afterAsAdmin = http.getAsAdmin("/actuator/health");

		// then
		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(json(before).path("status").asString()).isEqualTo("UP");
		assertThat(after.statusCode()).isEqualTo(503);
		assertThat(after.body()).contains("\"status\":\"DOWN\"");
		assertThat(json(after).at("/components/db/status").asString()).isEqualTo("DOWN");
		assertThat(after.body()).doesNotContain("\"details\"");
		JsonNode components = json(afterAsAdmin).path("components");
		assertThat(afterAsAdmin.statusCode()).isEqualTo(503);
		assertThat(components.at("/db/details/error").asString()).isNotEmpty();
		assertThat(components.at("/akeneo/status").asString()).isEqualTo("UP");
		assertThat(components.at("/jobs/status").asString()).isEqualTo("UNKNOWN");
		assertThat(components.at("/khaosConfirmations/status").asString()).isEqualTo("UNKNOWN");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RelayConfiguration {

		@Bean
		static DatabaseThroughRelay databaseThroughRelay() {
			return new DatabaseThroughRelay();
		}

	}

	/** Points the connection pool at a relay to the database the test context was given. */
	static final class DatabaseThroughRelay implements BeanPostProcessor, DisposableBean {

		private @Nullable TcpRelay relay;

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof HikariDataSource pool && relay == null) {
				String url = pool.getJdbcUrl();
				URI server = URI.create(url.substring("jdbc:".length()));
				relay = TcpRelay.to(server.getHost(), server.getPort());
				pool.setJdbcUrl(url.replaceFirst("//" + server.getHost() + ":" + server.getPort() + "/",
						"//127.0.0.1:" + relay.port() + "/"));
			}
			return bean;
		}

		@Override
		public void destroy() {
			if (relay != null) {
				relay.close();
			}
		}

		void cut() {
			assertThat(relay).as("the pool goes through the relay").isNotNull();
			relay.cut();
		}

	}

}
