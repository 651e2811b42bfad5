package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

/**
 * Requests Akeneo refuses, with the status and {@code {code, message}} body its controllers and request
 * listeners answer: a {@code search} that is not JSON, {@code search_after} pagination on a list that only
 * pages, a {@code with_count} that is not a boolean, an {@code Accept} header that is not JSON. And one it does
 * not refuse: {@code with_count} under {@code search_after}, which Akeneo ignores (no {@code items_count}).
 */
class AkeneoSimulatorRefusalsTest {

	private static final String API = "/api/rest/v1/";

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(4, 30).withModels(1, 1, 1));

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);

	/** Each list, how its controller answers a search that is not JSON, and three such searches. */
	static Stream<Arguments> malformedSearches() {
		return Stream.of(Arguments.of(PRODUCTS + "?pagination_type=search_after", 400,
				"Search query parameter should be valid JSON."),
				Arguments.of(API + "product-models?pagination_type=search_after", 422,
						"Search query parameter should be valid JSON."),
				Arguments.of(API + "categories?page=1", 400, "The search query parameter must be a valid JSON."),
				Arguments.of(API + "attributes?page=1", 400, "The search query parameter must be a valid JSON."))
			.flatMap(list -> Stream.of("{not json", "\"updated\"", "42")
				.map(search -> Arguments.of(list.get()[0], search, list.get()[1], list.get()[2])));
	}

	@ParameterizedTest(name = "{0} search={1}: {2}")
	@MethodSource("malformedSearches")
	void aSearchThatIsNotJsonAnswersAsTheListsControllerDoes(String list, String search, int status,
			String message) {
		// when
		Reply reply = AKENEO.client().get(list + "&search=" + encode(search));

		// then
		assertThat(reply.status()).isEqualTo(status);
		assertThat(reply.body().propertyNames()).containsExactly("code", "message");
		assertThat(reply.body().get("code").asInt()).isEqualTo(status);
		assertThat(reply.body().get("message").asString()).isEqualTo(message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "categories", "attributes", "attributes/brand/options", "families",
			"families/clothing/variants", "channels", "locales" })
	void referenceListsRefuseSearchAfterPaginationWith422(String list) {
		// when
		Reply reply = AKENEO.client().get(API + list + "?pagination_type=search_after&limit=10");

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("code").asInt()).isEqualTo(422);
		assertThat(reply.body().get("message").asString()).isEqualTo("Pagination type is not supported.");
	}

	@ParameterizedTest
	@ValueSource(strings = { PRODUCTS + "?", API + "product-models?", API + "categories?" })
	void withCountOtherThanTrueOrFalseAnswers422UnderPagePagination(String list) {
		// when
		Reply reply = AKENEO.client().get(list + "page=1&with_count=yes");

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("message").asString())
			.isEqualTo("Parameter \"with_count\" has to be a boolean. Only \"true\" or \"false\" allowed, \"yes\" given.");
	}

	@ParameterizedTest
	@ValueSource(strings = { PRODUCTS, API + "product-models" })
	void withCountIsIgnoredUnderSearchAfterAsAkeneoIgnoresIt(String list) {
		// when
		Reply reply = AKENEO.client().get(list + "?pagination_type=search_after&limit=2&with_count=true");

		// then
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().has("items_count")).isFalse();
		assertThat(reply.body().get("_embedded").get("items")).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/html", "application/xml", "text/plain, application/xml",
			"application/json;charset=UTF-8" })
	void anAcceptHeaderOtherThanJsonAnswers406(String accept) {
		// when
		Reply reply = AKENEO.client().getAccepting(PRODUCTS + "?pagination_type=search_after", accept);

		// then
		assertThat(reply.status()).isEqualTo(406);
		assertThat(reply.body().get("code").asInt()).isEqualTo(406);
		assertThat(reply.body().get("message").asString())
			.isEqualTo("\"" + accept + "\" in \"Accept\" header is not valid. Only \"application/json\" is allowed.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "*/*", "application/json, */*" })
	void aJsonOrWildcardAcceptHeaderIsServed(String accept) {
		// when
		Reply reply = AKENEO.client().getAccepting(API + "channels", accept);

		// then
		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void anUnauthenticatedRequestAnswers401BeforeItsAcceptHeaderIsChecked() {
		// when
		Reply reply = AKENEO.client().get(API + "channels", null, "text/html");

		// then
		assertThat(reply.status()).isEqualTo(401);
	}

}
