package com.akeneokhaos.akeneo;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.akeneokhaos.akeneo.AkeneoFixtures.RecordingSleeper;
import com.akeneokhaos.support.TestClock;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.akeneokhaos.akeneo.AkeneoFixtures.CLIENT_ID;
import static com.akeneokhaos.akeneo.AkeneoFixtures.PASSWORD;
import static com.akeneokhaos.akeneo.AkeneoFixtures.SECRET;
import static com.akeneokhaos.akeneo.AkeneoFixtures.TOKEN_PATH;
import static com.akeneokhaos.akeneo.AkeneoFixtures.USERNAME;
import static com.akeneokhaos.akeneo.AkeneoFixtures.akeneoError;
import static com.akeneokhaos.akeneo.AkeneoFixtures.productJson;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubRefreshGrant;
import static com.akeneokhaos.akeneo.AkeneoFixtures.uuid;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AkeneoAuthenticationTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PRODUCT_PATH = "/api/rest/v1/products-uuid/" + uuid(1);

	private final TestClock clock = AkeneoFixtures.clock();

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		client = AkeneoFixtures.client(AkeneoFixtures.properties(akeneo.baseUrl()), new RecordingSleeper(), clock);
	}

	@Test
	void signsInWithThePasswordGrantBasicClientCredentialsAndAJsonBody() {
		// given
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		stubProductFor("access-1");

		// when
		var product = client.product(uuid(1));

		// then
		assertThat(product).hasValueSatisfying(p -> assertThat(p.uuid()).isEqualTo(uuid(1)));
		akeneo.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withBasicAuth(new BasicCredentials(CLIENT_ID, SECRET))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"grant_type":"password","username":"%s","password":"%s"}""".formatted(USERNAME, PASSWORD))));
	}

	@Test
	void reusesTheTokenUntilItIsAboutToExpireThenRefreshesIt() {
		// given
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		stubRefreshGrant(akeneo, "refresh-1", "access-2", "refresh-2");
		stubProductFor("access-1");
		stubProductFor("access-2");
		client.product(uuid(1));
		clock.advance(Duration.ofSeconds(3600 - 61));
		client.product(uuid(1));

		// when
		clock.advance(Duration.ofSeconds(2));
		client.product(uuid(1));

		// then
		akeneo.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(matchingJsonPath("$.grant_type", equalTo("password"))));
		akeneo.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(equalToJson("""
				{"grant_type":"refresh_token","refresh_token":"refresh-1"}""")));
		akeneo.verify(2, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)).withHeader("Authorization",
				equalTo("Bearer access-1")));
		akeneo.verify(1, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)).withHeader("Authorization",
				equalTo("Bearer access-2")));
	}

	@Test
	void refreshesAndReplaysOnceAfterA401AndKeepsTheRotatedRefreshToken() {
		// given
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		stubRefreshGrant(akeneo, "refresh-1", "access-2", "refresh-2");
		stubRefreshGrant(akeneo, "refresh-2", "access-3", "refresh-3");
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).withHeader("Authorization", equalTo("Bearer access-1"))
			.willReturn(akeneoError(401, "The access token provided has expired.")));
		stubProductFor("access-2");
		stubProductFor("access-3");

		// when
		var replayed = client.product(uuid(1));
		clock.advance(Duration.ofHours(1));
		client.product(uuid(1));

		// then
		assertThat(replayed).isPresent();
		akeneo.verify(1, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)).withHeader("Authorization",
				equalTo("Bearer access-1")));
		akeneo.verify(1, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)).withHeader("Authorization",
				equalTo("Bearer access-2")));
		akeneo.verify(1, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)).withHeader("Authorization",
				equalTo("Bearer access-3")));
		akeneo.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(matchingJsonPath("$.refresh_token", equalTo("refresh-2"))));
	}

	@Test
	void signsInAgainWhenAkeneoRefusesTheRefreshToken() {
		// given
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		akeneo.stubFor(post(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(matchingJsonPath("$.grant_type", equalTo("refresh_token")))
			.willReturn(akeneoError(400, "Invalid refresh token")));
		stubProductFor("access-1");
		client.product(uuid(1));

		// when
		clock.advance(Duration.ofHours(2));
		var product = client.product(uuid(1));

		// then
		assertThat(product).isPresent();
		akeneo.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(matchingJsonPath("$.grant_type", equalTo("password"))));
	}

	@Test
	void aSecond401AfterTheReplayIsAnApiError() {
		// given
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		stubRefreshGrant(akeneo, "refresh-1", "access-2", "refresh-2");
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).willReturn(akeneoError(401, "Authentication is required")));

		// when / then
		assertThatExceptionOfType(AkeneoApiException.class).isThrownBy(() -> client.product(uuid(1)))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(401))
			.withMessageContaining("Authentication is required");
		akeneo.verify(2, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)));
	}

	@Test
	void wrongCredentialsAreAnApiErrorOfTheTokenEndpoint() {
		// given
		akeneo.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(akeneoError(422,
				"No user found for the given username and password")));

		// when / then
		assertThatExceptionOfType(AkeneoApiException.class).isThrownBy(() -> client.product(uuid(1)))
			.withMessageContaining(TOKEN_PATH)
			.withMessageContaining("No user found");
		akeneo.verify(0, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)));
	}

	private static void stubProductFor(String accessToken) {
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).withHeader("Authorization", equalTo("Bearer " + accessToken))
			.willReturn(okJson(productJson(1))));
	}

}
