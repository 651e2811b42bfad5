package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

class AkeneoSimulatorFaultTest {

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator.generate(CatalogueSpec.of(9, 95));

	private static final String FIRST_PAGE = PRODUCTS + "?pagination_type=search_after&limit=10";

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);

	@BeforeAll
	static void signIn() {
		AKENEO.client().accessToken();
	}

	@BeforeEach
	void resetSimulator() {
		AKENEO.simulator().clearFaults();
		AKENEO.simulator().resetObservations();
	}

	@Test
	void productPagesFailPersistentlyFromTheGivenPageUntilCleared() {
		// given
		AKENEO.simulator().failProductPagesFrom(3, 500);
		Reply first = AKENEO.client().get(FIRST_PAGE);
		Reply second = AKENEO.client().get(next(first));
		String third = next(second);

		// when
		Reply failed = AKENEO.client().get(third);
		Reply failedAgain = AKENEO.client().get(third);
		Reply pageFour = AKENEO.client().get(PRODUCTS + "?page=4&limit=10");
		AKENEO.simulator().clearFaults();
		Reply recovered = AKENEO.client().get(third);

		// then
		assertThat(List.of(first.status(), second.status())).containsOnly(200);
		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.body().get("code").asInt()).isEqualTo(500);
		assertThat(failedAgain.status()).isEqualTo(500);
		assertThat(pageFour.status()).isEqualTo(500);
		assertThat(recovered.status()).isEqualTo(200);
		assertThat(recovered.body().get("_embedded").get("items").get(0).get("uuid").asString())
			.isEqualTo(CATALOGUE.uuids().get(20));
	}

	@Test
	void burstOf429CarriesRetryAfterThenRecovers() {
		// given
		AKENEO.simulator().tooManyRequestsBurst(2, 7);

		// when
		Reply first = AKENEO.client().get(FIRST_PAGE);
		Reply second = AKENEO.client().get(FIRST_PAGE);
		Reply third = AKENEO.client().get(FIRST_PAGE);

		// then
		assertThat(first.status()).isEqualTo(429);
		assertThat(first.header("Retry-After")).isEqualTo("7");
		assertThat(first.body().get("code").asInt()).isEqualTo(429);
		assertThat(second.status()).isEqualTo(429);
		assertThat(third.status()).isEqualTo(200);
		assertThat(AKENEO.simulator().status429Count()).isEqualTo(2);
	}

	@Test
	void rateLimitAnswers429AboveTheAllowedRequestsPerSecond() {
		// given
		AKENEO.simulator().rateLimit(3, 1);

		// when
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statuses.add(AKENEO.client().get(FIRST_PAGE).status());
		}

		// then
		assertThat(statuses.subList(0, 3)).containsOnly(200);
		assertThat(statuses.subList(3, 5)).containsOnly(429);
		assertThat(AKENEO.simulator().requestLog()).extracting(LoggedRequest::status).containsExactlyElementsOf(statuses);
	}

	@Test
	void failsTheNextRequestsThenServesNormally() {
		// given
		AKENEO.simulator().failNextRequests(2, 503);

		// when
		List<Integer> statuses = List.of(AKENEO.client().get(FIRST_PAGE).status(), AKENEO.client().get("/api/rest/v1/channels").status(),
				AKENEO.client().get(FIRST_PAGE).status());

		// then
		assertThat(statuses).containsExactly(503, 503, 200);
		assertThat(AKENEO.simulator().requestCount(PRODUCTS)).isEqualTo(2);
	}

	@Test
	void failuresOtherThanRateLimitingSpareTokenRequests() {
		// given
		AKENEO.simulator().failNextRequests(1, 500);

		// when
		Reply grant = AKENEO.client().passwordGrant();

		// then
		assertThat(grant.status()).isEqualTo(200);
		assertThat(AKENEO.client().get(FIRST_PAGE).status()).isEqualTo(500);
	}

	/** Each way of rate limiting, set up so that the next request is over the limit. */
	static Stream<Arguments> rateLimits() {
		return Stream.of(Arguments.of("a 429 burst", (Runnable) () -> AKENEO.simulator().tooManyRequestsBurst(1, 7)),
				Arguments.of("the requests-per-second limit", (Runnable) () -> {
					AKENEO.simulator().rateLimit(1, 7);
					AKENEO.client().get(FIRST_PAGE);
				}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rateLimits")
	void rateLimitingRefusesTokenRequestsTooWithRetryAfter(String limiting, Runnable overTheLimit) {
		// given
		int grantsBefore = AKENEO.simulator().passwordGrants();
		overTheLimit.run();

		// when
		Reply grant = AKENEO.client().passwordGrant();

		// then
		assertThat(grant.status()).isEqualTo(429);
		assertThat(grant.header("Retry-After")).isEqualTo("7");
		assertThat(grant.body().get("code").asInt()).isEqualTo(429);
		assertThat(grant.body().get("message").asString()).isNotBlank();
		assertThat(AKENEO.simulator().passwordGrants()).isEqualTo(grantsBefore);
	}

	@Test
	void observesConcurrentRequestsWhileResponsesAreDelayed() {
		// given
		AKENEO.simulator().delayResponses(Duration.ofMillis(300));

		// when
		List<CompletableFuture<Reply>> calls = new ArrayList<>();
		ExecutorService callers = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> AKENEO.client().get(FIRST_PAGE), callers));
		}
		calls.forEach(CompletableFuture::join);
		callers.shutdown();

		// then
		assertThat(calls).allSatisfy(call -> assertThat(call.join().status()).isEqualTo(200));
		assertThat(AKENEO.simulator().maxConcurrentRequests()).isEqualTo(4);
		assertThat(AKENEO.simulator().requestLog()).hasSize(4)
			.allSatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo(FIRST_PAGE));
	}

	private static String next(Reply page) {
		return page.body().get("_links").get("next").get("href").asString();
	}

}
