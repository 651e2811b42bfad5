package com.akeneokhaos.monitor;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.client.RestClient;

import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.support.TestClock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class AkeneoHealthIndicatorTest {

	private static final String SECRET = "health-test-secret";

	private static final String PASSWORD = "health-test-password";

	private static final String TOKEN = "health-test-access-token";

	private static final String CHANNELS = "/api/rest/v1/channels";

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));

	@Test
	void upWhenAkeneoSignsInAndListsAChannel() {
		// given
		tokenGranted();
		channelsAnswer(okJson("{\"_embedded\":{\"items\":[{\"code\":\"ecommerce\"}]}}"));

		// when
		Health health = indicator(akeneo.baseUrl(), Duration.ofSeconds(30)).health();

		// then
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("baseUrl", akeneo.baseUrl());
		assertThat(health.getDetails().get("outcome")).asString().startsWith("signed in and listed channels in ");
		assertThat(health.getDetails().toString()).doesNotContain(SECRET, PASSWORD, TOKEN);
	}

	@Test
	void downWithTheReasonWhenAkeneoRefusesTheCredentials() {
		// given
		akeneo.stubFor(post(urlPathEqualTo("/api/oauth/v1/token")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":401,\"message\":\"Authentication failed\"}")));

		// when
		Health health = indicator(akeneo.baseUrl(), Duration.ofSeconds(30)).health();

		// then
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("outcome",
				"Akeneo refused the API connection's credentials (401)");
		assertThat(health.getDetails().toString()).doesNotContain(SECRET, PASSWORD);
	}

	@Test
	void downWithTheReasonWhenAkeneoFailsWithoutRetrying() {
		// given
		tokenGranted();
		channelsAnswer(aResponse().withStatus(500));

		// when
		Health health = indicator(akeneo.baseUrl(), Duration.ofSeconds(30)).health();

		// then
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("outcome")).asString()
			.startsWith("cannot reach Akeneo: ")
			.contains("status 500");
		akeneo.verify(1, getRequestedFor(urlPathEqualTo(CHANNELS)));
	}

	@Test
	void aSlowAkeneoIsDownAfterTheTimeout() {
		// given
		tokenGranted();
		channelsAnswer(okJson("{}").withFixedDelay(5_000));
		AkeneoHealthIndicator indicator = indicator(akeneo.baseUrl(), Duration.ofSeconds(30), Duration.ofMillis(300));
		long start = System.nanoTime();

		// when
		Health health = indicator.health();

		// then
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void anAnswerIsKeptForTheCacheTimeThenAskedAgain() {
		// given
		tokenGranted();
		channelsAnswer(okJson("{\"_embedded\":{\"items\":[]}}"));
		AkeneoHealthIndicator indicator = indicator(akeneo.baseUrl(), Duration.ofSeconds(30));

		// when
		indicator.health();
		clock.advance(Duration.ofSeconds(29));
		Health cached = indicator.health();
		int askedWithinCacheTime = akeneo.findAll(getRequestedFor(urlPathEqualTo(CHANNELS))).size();
		clock.advance(Duration.ofSeconds(1));
		indicator.health();

		// then
		assertThat(cached.getStatus()).isEqualTo(Status.UP);
		assertThat(askedWithinCacheTime).isEqualTo(1);
		akeneo.verify(2, getRequestedFor(urlPathEqualTo(CHANNELS)));
	}

	@Test
	void downNamingWhatIsMissingWhenAkeneoIsNotConfigured() {
		// when
		Health health = indicator("", Duration.ofSeconds(30)).health();

		// then
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("outcome")).asString()
			.isEqualTo("Akeneo is not configured, missing: akeneo.base-url (AKENEO_BASE_URL)");
	}

	private AkeneoHealthIndicator indicator(String baseUrl, Duration cacheFor) {
		return indicator(baseUrl, cacheFor, Duration.ofSeconds(5));
	}

	private AkeneoHealthIndicator indicator(String baseUrl, Duration cacheFor, Duration timeout) {
		AkeneoProperties properties = AkeneoProperties.of(baseUrl, "health-client", SECRET, "health-user", PASSWORD);
		return new AkeneoHealthIndicator(properties, new AkeneoHealthProperties(cacheFor, timeout),
				new DefaultListableBeanFactory().getBeanProvider(RestClient.Builder.class), clock);
	}

	private static void tokenGranted() {
		akeneo.stubFor(post(urlPathEqualTo("/api/oauth/v1/token")).willReturn(okJson(
				"{\"access_token\":\"" + TOKEN + "\",\"refresh_token\":\"refresh\",\"expires_in\":3600}")));
	}

	private static void channelsAnswer(ResponseDefinitionBuilder answer) {
		akeneo.stubFor(get(urlPathEqualTo(CHANNELS)).willReturn(answer));
	}

}
