package com.akeneokhaos.akeneo;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.akeneokhaos.akeneo.AkeneoFixtures.RecordingSleeper;
import com.akeneokhaos.support.TestClock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.akeneokhaos.akeneo.AkeneoFixtures.akeneoError;
import static com.akeneokhaos.akeneo.AkeneoFixtures.productJson;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.akeneokhaos.akeneo.AkeneoFixtures.uuid;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class AkeneoResilienceTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PRODUCT_PATH = "/api/rest/v1/products-uuid/" + uuid(1);

	private final RecordingSleeper sleeper = new RecordingSleeper();

	private final TestClock clock = AkeneoFixtures.clock();

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		client = AkeneoFixtures.client(AkeneoFixtures.properties(akeneo.baseUrl()), sleeper, clock);
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 500, 502, 503, 504 })
	void retriesATransientStatusThenSucceeds(int status) {
		// given
		failOnceThen(aResponse().withStatus(status));

		// when
		var product = client.product(uuid(1));

		// then
		assertThat(product).isPresent();
		assertThat(sleeper.delays).hasSize(1);
		akeneo.verify(2, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)));
	}

	@Test
	void retriesAnIoErrorThenSucceeds() {
		// given
		failOnceThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		// when
		var product = client.product(uuid(1));

		// then
		assertThat(product).isPresent();
		akeneo.verify(2, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)));
	}

	@ParameterizedTest(name = "Retry-After {0} waits {1} s")
	@CsvSource({ "3, 3", "+5s-date, 5", "120, 30" })
	void honoursRetryAfterInSecondsOrAsAnHttpDateUpToTheMaximumDelay(String header, long expectedSeconds) {
		// given
		String value = header.endsWith("-date")
				? DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(5).atOffset(ZoneOffset.UTC))
				: header;
		failOnceThen(aResponse().withStatus(429).withHeader("Retry-After", value));

		// when
		client.product(uuid(1));

		// then
		assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(expectedSeconds));
	}

	@Test
	void givesUpWithAnUnavailableErrorAfterTheLastRetry() {
		// given
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).willReturn(akeneoError(503, "Service Unavailable")));

		// when / then
		assertThatExceptionOfType(AkeneoUnavailableException.class).isThrownBy(() -> client.product(uuid(1)))
			.satisfies(ex -> assertThat(ex.lastStatus()).isEqualTo(503))
			.satisfies(ex -> assertThat(ex.path()).isEqualTo(PRODUCT_PATH))
			.withMessageContaining(PRODUCT_PATH)
			.withMessageContaining("503");
		akeneo.verify(4, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)));
		assertThat(sleeper.delays).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
	}

	@Test
	void givesUpWithAnUnavailableErrorWhenTheConnectionKeepsFailing() {
		// given
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

		// when / then
		assertThatExceptionOfType(AkeneoUnavailableException.class).isThrownBy(() -> client.product(uuid(1)))
			.satisfies(ex -> assertThat(ex.lastStatus()).isNull())
			.withMessageContaining(PRODUCT_PATH);
		assertThat(sleeper.delays).hasSize(3);
	}

	@ParameterizedTest
	@CsvSource({ "400, Invalid JSON message received", "403, Access forbidden.",
			"404, Resource `x` does not exist.", "409, Conflict", "422, Property sku is invalid" })
	void doesNotRetryOtherClientErrors(int status, String message) {
		// given
		String path = "/api/rest/v1/products-uuid";
		akeneo.stubFor(get(urlPathEqualTo(path)).willReturn(akeneoError(status, message)));

		// when / then
		assertThatExceptionOfType(AkeneoApiException.class)
			.isThrownBy(() -> client.productsPage(client.productsFirstPageUrl(null)))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(status))
			.satisfies(ex -> assertThat(ex.akeneoMessage()).isEqualTo(message))
			.withMessageContaining(path);
		akeneo.verify(1, getRequestedFor(urlPathEqualTo(path)));
		assertThat(sleeper.delays).isEmpty();
	}

	@Test
	void reportsTheValidationErrorsOfA422() {
		// given
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json").withBody("""
					{"code":422,"message":"Validation failed.","errors":[
					 {"property":"values","message":"This value is too long.","attribute":"name","locale":"en_GB","scope":null},
					 {"property":"identifier","message":"The identifier must not be blank."}]}""")));

		// when / then
		assertThatExceptionOfType(AkeneoApiException.class).isThrownBy(() -> client.product(uuid(1)))
			.withMessage("Akeneo answered 422 for " + PRODUCT_PATH + ": Validation failed. "
					+ "[name: This value is too long.; identifier: The identifier must not be blank.]")
			.satisfies(ex -> assertThat(ex.errors()).extracting(AkeneoApiException.FieldError::property,
					AkeneoApiException.FieldError::locale)
				.containsExactly(tuple("values", "en_GB"),
						tuple("identifier", null)));
		akeneo.verify(1, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)));
	}

	@Test
	void aRetryWaitDoesNotHoldAnInFlightPermit() throws Exception {
		// given
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			AkeneoProperties oneAtATime = AkeneoFixtures.properties(akeneo.baseUrl(), 100, 1,
					AkeneoProperties.Retry.defaults());
			AkeneoClient[] holder = new AkeneoClient[1];
			Sleeper callWhileWaiting = delay -> {
				try {
					assertThat(other.submit(() -> holder[0].product(uuid(1))).get(5, TimeUnit.SECONDS)).isPresent();
				}
				catch (ExecutionException | TimeoutException ex) {
					throw new AssertionError("A call could not run while another waited to retry", ex);
				}
			};
			holder[0] = AkeneoFixtures.client(oneAtATime, callWhileWaiting, clock);
			failOnceThen(aResponse().withStatus(503));

			// when
			var product = holder[0].product(uuid(1));

			// then
			assertThat(product).isPresent();
			akeneo.verify(3, getRequestedFor(urlPathEqualTo(PRODUCT_PATH)));
		}
		finally {
			other.shutdownNow();
		}
	}

	private static void failOnceThen(ResponseDefinitionBuilder failure) {
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(failure).willSetStateTo("recovered"));
		akeneo.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
			.willReturn(okJson(productJson(1))));
	}

}
