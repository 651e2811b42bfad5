package com.akeneokhaos.sandbox.akeneo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;
import com.akeneokhaos.support.TestClock;

class AkeneoSimulatorTokenTest {

	private static final String LOCALES = "/api/rest/v1/locales";

	private final TestClock clock = new TestClock(Instant.parse("2025-01-10T08:00:00Z"));

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	@BeforeEach
	void startSimulator() {
		simulator = new AkeneoSimulator("client", "secret", "user", "pass").clock(clock).start()
			.load(CatalogueGenerator.generate(CatalogueSpec.of(1, 10)));
		client = new SimulatorTestClient(simulator);
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void passwordGrantReturnsABearerTokenThatOpensTheApi() {
		// when
		Reply grant = client.passwordGrant();

		// then
		assertThat(grant.status()).isEqualTo(200);
		assertThat(grant.body().get("token_type").asString()).isEqualTo("bearer");
		assertThat(grant.body().get("expires_in").asInt()).isEqualTo(3600);
		assertThat(grant.body().get("scope").isNull()).isTrue();
		assertThat(grant.body().get("refresh_token").asString()).isNotBlank();
		String token = grant.body().get("access_token").asString();
		assertThat(client.get(LOCALES, "Bearer " + token).status()).isEqualTo(200);
		assertThat(simulator.passwordGrants()).isEqualTo(1);
	}

	@Test
	void acceptsAFormEncodedPasswordGrant() {
		// when
		Reply grant = client.token("client", "secret", "application/x-www-form-urlencoded",
				"grant_type=password&username=user&password=pass");

		// then
		assertThat(grant.status()).isEqualTo(200);
		assertThat(grant.body().get("access_token").asString()).isNotBlank();
	}

	@Test
	void refreshGrantRotatesBothTokensAndBurnsTheOldRefreshToken() {
		// given
		Reply first = client.passwordGrant();
		String oldRefresh = first.body().get("refresh_token").asString();

		// when
		Reply refreshed = client.refreshGrant(oldRefresh);

		// then
		assertThat(refreshed.status()).isEqualTo(200);
		assertThat(refreshed.body().get("access_token").asString())
			.isNotEqualTo(first.body().get("access_token").asString());
		String newRefresh = refreshed.body().get("refresh_token").asString();
		assertThat(newRefresh).isNotEqualTo(oldRefresh);
		Reply replayed = client.refreshGrant(oldRefresh);
		assertThat(replayed.status()).isEqualTo(422);
		assertThat(replayed.body().get("code").asInt()).isEqualTo(422);
		assertThat(replayed.body().get("message").asString()).isNotBlank();
		assertThat(client.refreshGrant(newRefresh).status()).isEqualTo(200);
		assertThat(simulator.refreshGrants()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "client, wrong, user, pass", "other, secret, user, pass", "client, secret, user, wrong",
			"client, secret, nobody, pass" })
	void wrongCredentialsAnswer422WithAnErrorBody(String clientId, String secret, String username, String password) {
		// when
		Reply grant = client.token(clientId, secret, "application/json",
				"{\"grant_type\":\"password\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");

		// then
		assertThat(grant.status()).isEqualTo(422);
		assertThat(grant.body().get("code").asInt()).isEqualTo(422);
		assertThat(grant.body().get("message").asString()).isNotBlank();
		assertThat(simulator.passwordGrants()).isZero();
	}

	@Test
	void malformedJsonAnswers400AndAnUnsupportedContentType415() {
		// when
		Reply malformed = client.token("client", "secret", "application/json", "{not json");
		Reply xml = client.token("client", "secret", "text/xml", "<grant/>");

		// then
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body().get("message").asString()).isEqualTo("Invalid JSON message received");
		assertThat(xml.status()).isEqualTo(415);
	}

	@Test
	void apiCallsWithoutAValidBearerTokenAnswer401() {
		// when
		Reply missing = client.get(LOCALES, null);
		Reply unknown = client.get(LOCALES, "Bearer not-a-token");

		// then
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.body().get("code").asInt()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.body().get("message").asString()).isEqualTo("The access token provided is invalid.");
	}

	@Test
	void tokensExpireAfterTheirLifetime() {
		// given
		simulator.tokenLifetime(Duration.ofSeconds(30));
		Reply grant = client.passwordGrant();
		String bearer = "Bearer " + grant.body().get("access_token").asString();

		// when
		clock.advance(Duration.ofSeconds(31));
		Reply expired = client.get(LOCALES, bearer);

		// then
		assertThat(grant.body().get("expires_in").asInt()).isEqualTo(30);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.body().get("message").asString()).isEqualTo("The access token provided has expired.");
	}

	@Test
	void expireAllTokensExpiresIssuedAccessTokensButKeepsRefreshTokens() {
		// given
		Reply grant = client.passwordGrant();

		// when
		simulator.expireAllTokens();

		// then
		Reply expired = client.get(LOCALES, "Bearer " + grant.body().get("access_token").asString());
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.body().get("message").asString()).isEqualTo("The access token provided has expired.");
		Reply refreshed = client.refreshGrant(grant.body().get("refresh_token").asString());
		assertThat(client.get(LOCALES, "Bearer " + refreshed.body().get("access_token").asString()).status())
			.isEqualTo(200);
	}

}
