package com.akeneokhaos.akeneo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.TestClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** Settings, fake time, recorded sleeps and Akeneo JSON for the client tests. */
public final class AkeneoFixtures {

	public static final String CLIENT_ID = "client-id-1";

	public static final String SECRET = "s3cret-client-value";

	public static final String USERNAME = "sync-user";

	public static final String PASSWORD = "pa55word-value";

	public static final String TOKEN_PATH = "/api/oauth/v1/token";

	private AkeneoFixtures() {
	}

	/** A started Akeneo simulator serving the catalogue to a client with these fixtures' credentials. */
	public static AkeneoSimulator simulator(GeneratedCatalogue catalogue) {
		return new AkeneoSimulator(CLIENT_ID, SECRET, USERNAME, PASSWORD).start().load(catalogue);
	}

	public static AkeneoProperties properties(String baseUrl) {
		return properties(baseUrl, 100, 4, new AkeneoProperties.Retry(3, Duration.ofMillis(10),
				Duration.ofSeconds(30), 2.0, Duration.ZERO));
	}

	public static AkeneoProperties properties(String baseUrl, int pageSize, int maxInFlight, AkeneoProperties.Retry retry) {
		return properties(baseUrl, pageSize, maxInFlight, 4, retry);
	}

	public static AkeneoProperties properties(String baseUrl, int pageSize, int maxInFlight, int pagesAhead,
			AkeneoProperties.Retry retry) {
		return new AkeneoProperties(baseUrl, CLIENT_ID, SECRET, USERNAME, PASSWORD, pageSize, maxInFlight, null,
				pagesAhead, Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(5), retry);
	}

	public static AkeneoClient client(AkeneoProperties properties, Sleeper sleeper, Clock clock) {
		RestClient.Builder builder = RestClient.builder()
			.requestFactory(AkeneoClientConfiguration.requestFactory(properties));
		return new AkeneoClient(properties, builder, sleeper, clock);
	}

	public static AkeneoClient client(WireMockExtension akeneo) {
		return client(properties(akeneo.baseUrl()), new RecordingSleeper(), clock());
	}

	/**
	 * Forgets the requests Akeneo on WireMock has seen, once it has logged all of them: a reader closed while a page
	 * it read ahead was being answered has given that request up, and WireMock logs it only when it has answered.
	 */
	public static void forgetRequestsOnceLogged(WireMockExtension akeneo) {
		int seen = -1;
		for (int quietChecks = 0; quietChecks < 3;) {
			int now = akeneo.getAllServeEvents().size();
			quietChecks = (now == seen) ? quietChecks + 1 : 0;
			seen = now;
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		akeneo.resetRequests();
	}

	public static void stubPasswordGrant(WireMockExtension akeneo, String accessToken, String refreshToken) {
		akeneo.stubFor(post(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(matchingJsonPath("$.grant_type", equalTo("password")))
			.willReturn(okJson(token(accessToken, refreshToken, 3600))));
	}

	public static void stubRefreshGrant(WireMockExtension akeneo, String refreshToken, String newAccess, String newRefresh) {
		akeneo.stubFor(post(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(matchingJsonPath("$.grant_type", equalTo("refresh_token")))
			.withRequestBody(matchingJsonPath("$.refresh_token", equalTo(refreshToken)))
			.willReturn(okJson(token(newAccess, newRefresh, 3600))));
	}

	public static String token(String accessToken, String refreshToken, int expiresIn) {
		return """
				{"access_token":"%s","expires_in":%d,"token_type":"bearer","scope":null,"refresh_token":"%s"}"""
			.formatted(accessToken, expiresIn, refreshToken);
	}

	public static String uuid(int index) {
		return "%08d-0000-4000-8000-000000000000".formatted(index);
	}

	public static String productJson(int index) {
		return """
				{"_links":{"self":{"href":"http://x/api/rest/v1/products-uuid/%1$s"}},"uuid":"%1$s",
				 "enabled":true,"family":"tshirt","categories":["men"],"groups":[],"parent":null,
				 "values":{"sku":[{"locale":null,"scope":null,"data":"SKU-%2$d"}]},
				 "created":"2024-01-01T10:00:00+00:00","updated":"2024-01-02T10:00:00+00:00"}"""
			.formatted(uuid(index), index);
	}

	/** A list page of raw JSON items, with a next link when {@code nextHref} is not null. */
	public static String page(List<String> items, @Nullable String nextHref) {
		String next = (nextHref == null) ? "" : ",\"next\":{\"href\":\"" + nextHref + "\"}";
		return "{\"_links\":{\"self\":{\"href\":\"http://x\"}" + next + "},\"_embedded\":{\"items\":["
				+ String.join(",", items) + "]}}";
	}

	public static String products(int fromInclusive, int toExclusive, @Nullable String nextHref) {
		return page(IntStream.range(fromInclusive, toExclusive).mapToObj(AkeneoFixtures::productJson).toList(),
				nextHref);
	}

	public static ResponseDefinitionBuilder akeneoError(int status, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody("{\"code\":" + status + ",\"message\":\"" + message + "\"}");
	}

	/** A {@link Sleeper} that records the delays instead of waiting. */
	public static final class RecordingSleeper implements Sleeper {

		final List<Duration> delays = new CopyOnWriteArrayList<>();

		@Override
		public void sleep(Duration duration) {
			delays.add(duration);
		}

	}

	/** A clock tests move forward by hand, from a fixed start. */
	public static TestClock clock() {
		return new TestClock(Instant.parse("2024-06-01T12:00:00Z"));
	}

}
