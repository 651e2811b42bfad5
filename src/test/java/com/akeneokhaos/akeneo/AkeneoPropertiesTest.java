package com.akeneokhaos.akeneo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AkeneoPropertiesTest {

	@Test
	void bindsWithDefaultsForEverythingButTheConnection() {
		// given
		Map<String, String> source = Map.of("akeneo.base-url", "https://pim.example.com", "akeneo.client-id", "id",
				"akeneo.secret", "sec", "akeneo.username", "user", "akeneo.password", "pw");

		// when
		AkeneoProperties properties = bind(source);

		// then
		assertThat(properties.pageSize()).isEqualTo(100);
		assertThat(properties.maxInFlight()).isEqualTo(4);
		assertThat(properties.tokenRefreshMargin()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.retry()).isEqualTo(new AkeneoProperties.Retry(6, Duration.ofMillis(500),
				Duration.ofSeconds(30), 2.0, Duration.ofMillis(250)));
	}

	@Test
	void bindsOverriddenTuning() {
		// given
		Map<String, String> source = Map.of("akeneo.page-size", "50", "akeneo.max-in-flight", "2",
				"akeneo.retry.max-retries", "2", "akeneo.retry.max-delay", "5s");

		// when
		AkeneoProperties properties = bind(source);

		// then
		assertThat(properties.pageSize()).isEqualTo(50);
		assertThat(properties.maxInFlight()).isEqualTo(2);
		assertThat(properties.retry().maxRetries()).isEqualTo(2);
		assertThat(properties.retry().maxDelay()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.retry().initialDelay()).isEqualTo(Duration.ofMillis(500));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 101 })
	void refusesAPageSizeAkeneoWouldRefuse(int pageSize) {
		assertThatThrownBy(() -> bind(Map.of("akeneo.page-size", String.valueOf(pageSize))))
			.hasRootCauseInstanceOf(IllegalArgumentException.class)
			.rootCause().hasMessageContaining("between 1 and 100");
	}

	@Test
	void bindsWithoutAnyAkeneoSettingSoCommandsThatDoNotNeedAkeneoStillStart() {
		// when
		AkeneoProperties properties = bind(Map.of("akeneo.client-id", ""));

		// then
		assertThatIllegalStateException().isThrownBy(properties::validate)
			.withMessage("Akeneo is not configured, missing: akeneo.base-url (AKENEO_BASE_URL), akeneo.client-id "
					+ "(AKENEO_CLIENT_ID), akeneo.secret (AKENEO_SECRET), akeneo.username (AKENEO_USERNAME), "
					+ "akeneo.password (AKENEO_PASSWORD)");
	}

	@ParameterizedTest
	@CsvSource({ "'', AKENEO_BASE_URL", "ftp://pim, http(s) URL" })
	void validationNamesTheProblem(String baseUrl, String expected) {
		// given
		AkeneoProperties properties = AkeneoProperties.of(baseUrl, "id", "sec", "user", "pw");

		// when / then
		assertThatIllegalStateException().isThrownBy(properties::validate).withMessageContaining(expected);
	}

	@Test
	void toStringNeverShowsTheSecretOrThePassword() {
		// given
		AkeneoProperties properties = AkeneoProperties.of("https://pim", "client-1", "top-secret", "user",
				"hunter2");

		// when
		String text = properties.toString();

		// then
		assertThat(text).contains("client-1", "user", "https://pim").doesNotContain("top-secret", "hunter2");
	}

	private static AkeneoProperties bind(Map<String, String> source) {
		return new Binder(new MapConfigurationPropertySource(source)).bindOrCreate("akeneo", AkeneoProperties.class);
	}

}
