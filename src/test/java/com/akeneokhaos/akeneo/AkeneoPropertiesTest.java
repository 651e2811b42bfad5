package com.akeneokhaos.akeneo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AkeneoPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(AkeneoPropertiesOnly.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			AkeneoProperties properties = context.getBean(AkeneoProperties.class);

			// then
			assertThat(properties.pageSize()).isEqualTo(100);
			assertThat(properties.maxInFlight()).isEqualTo(4);
			assertThat(properties.fullReadPartitions()).isEqualTo(4);
			assertThat(properties.tokenRefreshMargin()).isEqualTo(Duration.ofSeconds(60));
			assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(60));
			assertThat(properties.retry()).isEqualTo(new AkeneoProperties.Retry(6, Duration.ofMillis(500),
					Duration.ofSeconds(30), 2.0, Duration.ofMillis(250)));
		});
	}

	@Test
	void theFactoriesGiveTheBoundDefaults() {
		// when
		runner.run(context -> {
			AkeneoProperties bound = context.getBean(AkeneoProperties.class);

			// then
			assertThat(AkeneoProperties.Retry.defaults()).isEqualTo(bound.retry());
			assertThat(AkeneoProperties.of(null, null, null, null, null)).isEqualTo(bound);
		});
	}

	@Test
	void bindsOverriddenTuning() {
		// given
		ApplicationContextRunner tuned = runner.withPropertyValues("akeneo.page-size=50", "akeneo.max-in-flight=2",
				"akeneo.pages-ahead=8", "akeneo.retry.max-retries=2", "akeneo.retry.max-delay=5s");

		// when
		tuned.run(context -> {
			AkeneoProperties properties = context.getBean(AkeneoProperties.class);

			// then
			assertThat(properties.pageSize()).isEqualTo(50);
			assertThat(properties.maxInFlight()).isEqualTo(2);
			assertThat(properties.fullReadPartitions()).isEqualTo(2);
			assertThat(properties.pagesAhead()).isEqualTo(8);
			assertThat(properties.retry().maxRetries()).isEqualTo(2);
			assertThat(properties.retry().maxDelay()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.retry().initialDelay()).isEqualTo(Duration.ofMillis(500));
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			akeneo.page-size           | 0    | must be between 1 and 100
			akeneo.page-size           | 101  | must be between 1 and 100
			akeneo.max-in-flight       | 0    | must be at least 1
			akeneo.read-partitions     | 0    | must be between 1 and akeneo.max-in-flight
			akeneo.read-partitions     | 5    | must be between 1 and akeneo.max-in-flight
			akeneo.pages-ahead         | 0    | must be between 1 and 20
			akeneo.pages-ahead         | 21   | must be between 1 and 20
			akeneo.retry.max-retries   | -1   | must be at least 0
			akeneo.retry.initial-delay | 0s   | must be longer than 0
			akeneo.retry.multiplier    | 0.5  | must be at least 1
			""")
	void aValueAkeneoOrTheRetryCannotWorkWithStopsStartUpNamingTheProperty(String property, String value,
			String problem) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues(property + "=" + value);

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly(property + " " + problem);
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			https://acme.cloud.akeneo.com   | 0a1b | https://acme.cloud.akeneo.com/#/enrich/product/0a1b
			https://acme.cloud.akeneo.com// | 0a1b | https://acme.cloud.akeneo.com/#/enrich/product/0a1b
			https://acme.cloud.akeneo.com   | -    | -
			-                               | 0a1b | -
			""")
	void aProductsPageInAkeneoIsItsEditPageWhenThereIsOne(String baseUrl, String uuid, String page) {
		// given
		AkeneoProperties properties = new AkeneoProperties(baseUrl, null, null, null, null, 100, 4, null, 4,
				Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(60), null);
		// when / then
		assertThat(properties.productPage(uuid)).isEqualTo(page);
	}

	@Test
	void startsWithoutAnyAkeneoSettingSoCommandsThatDoNotNeedAkeneoStillStart() {
		// given
		ApplicationContextRunner unconfigured = runner.withPropertyValues("akeneo.client-id=");

		// when
		unconfigured.run(context -> {
			// then
			assertThat(context).hasNotFailed();
			assertThatIllegalStateException().isThrownBy(context.getBean(AkeneoProperties.class)::validate)
				.withMessage("Akeneo is not configured, missing: akeneo.base-url (AKENEO_BASE_URL), akeneo.client-id "
						+ "(AKENEO_CLIENT_ID), akeneo.secret (AKENEO_SECRET), akeneo.username (AKENEO_USERNAME), "
						+ "akeneo.password (AKENEO_PASSWORD)");
		});
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

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AkeneoProperties.class)
	static class AkeneoPropertiesOnly {

	}

}
