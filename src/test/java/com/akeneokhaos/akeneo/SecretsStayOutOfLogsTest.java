package com.akeneokhaos.akeneo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.akeneokhaos.akeneo.AkeneoFixtures.RecordingSleeper;
import com.akeneokhaos.support.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.akeneokhaos.akeneo.AkeneoFixtures.PASSWORD;
import static com.akeneokhaos.akeneo.AkeneoFixtures.SECRET;
import static com.akeneokhaos.akeneo.AkeneoFixtures.akeneoError;
import static com.akeneokhaos.akeneo.AkeneoFixtures.productJson;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubRefreshGrant;
import static com.akeneokhaos.akeneo.AkeneoFixtures.uuid;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final List<String> LOGGERS = List.of("com.akeneokhaos.akeneo", "org.springframework.web",
			"org.springframework.http");

	@BeforeEach
	void logEverything() {
		LOGGERS.forEach(name -> logger(name).setLevel(Level.TRACE));
	}

	@AfterEach
	void restoreLogging() {
		LOGGERS.forEach(name -> logger(name).setLevel(null));
	}

	@Test
	void aSessionWithSignInRefreshRetryAndErrorsLogsNoSecretOrToken(CapturedOutput output) {
		// given
		String path = "/api/rest/v1/products-uuid/" + uuid(1);
		stubPasswordGrant(akeneo, "access-token-one", "refresh-token-one");
		stubRefreshGrant(akeneo, "refresh-token-one", "access-token-two", "refresh-token-two");
		akeneo.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer access-token-one"))
			.willReturn(akeneoError(401, "The access token provided has expired.")));
		akeneo.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer access-token-two"))
			.inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willReturn(akeneoError(503, "Down"))
			.willSetStateTo("up"));
		akeneo.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer access-token-two"))
			.inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson(productJson(1))));
		AkeneoProperties properties = AkeneoFixtures.properties(akeneo.baseUrl());
		AkeneoClient client = AkeneoFixtures.client(properties, new RecordingSleeper(), AkeneoFixtures.clock());

		// when
		client.product(uuid(1));
		String described = properties + " " + new AccessToken("access-token-two", "refresh-token-two",
				AkeneoFixtures.clock().instant());

		// then
		String basic = Base64.getEncoder()
			.encodeToString((AkeneoFixtures.CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
		assertThat(output.getAll()).contains("retry 1").contains("replaying once");
		assertThat(output.getAll() + described).doesNotContain(SECRET, PASSWORD, basic, "access-token-one",
				"access-token-two", "refresh-token-one", "refresh-token-two");
	}

	private static Logger logger(String name) {
		return (Logger) LoggerFactory.getLogger(name);
	}

}
