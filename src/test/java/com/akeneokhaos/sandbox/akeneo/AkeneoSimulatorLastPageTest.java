package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

/**
 * Akeneo's paginators add a {@code next} link to every full page without looking further, so a list whose size
 * is a multiple of the limit ends with an empty page ({@code _embedded.items} = []) that has no {@code next}:
 * on every listing, {@code search_after} or {@code page}, products, product models and reference data alike.
 */
class AkeneoSimulatorLastPageTest {

	private static final String API = "/api/rest/v1/";

	private static final String MODELS = API + "product-models";

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(11, 60).withModels(4, 2, 2));

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);

	static Stream<Arguments> listings() {
		int products = CATALOGUE.productCount();
		int models = CATALOGUE.productModels().size();
		return Stream.of(Arguments.of(PRODUCTS + "?pagination_type=search_after", products),
				Arguments.of(PRODUCTS + "?pagination_type=page", products),
				Arguments.of(MODELS + "?pagination_type=search_after", models),
				Arguments.of(MODELS + "?pagination_type=page", models),
				Arguments.of(API + "categories?pagination_type=page", CATALOGUE.categories().size()),
				Arguments.of(API + "attributes/brand/options?pagination_type=page",
						CATALOGUE.attributeOptions().get("brand").size()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("listings")
	void aListWhoseSizeIsAMultipleOfTheLimitEndsWithAnEmptyPageWithoutNext(String list, int size) {
		// given
		int limit = divisorOf(size);

		// when
		List<JsonNode> pages = AKENEO.client().pages(list + "&limit=" + limit);

		// then
		assertThat(pages).hasSize(size / limit + 1);
		assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> {
			assertThat(page.get("_embedded").get("items")).hasSize(limit);
			assertThat(SimulatorTestClient.nextHref(page)).isNotNull();
		});
		JsonNode last = pages.get(pages.size() - 1);
		assertThat(last.get("_embedded").get("items")).isEmpty();
		assertThat(last.get("_links").has("next")).isFalse();
		assertThat(last.get("_links").get("first").get("href").asString()).startsWith(AKENEO.simulator().baseUrl());
	}

	@Test
	void theEmptyLastPageIsAPositionAfterTheLastProductThatLaterServesProductsAddedThere() {
		// given
		int limit = divisorOf(CATALOGUE.productCount());
		List<JsonNode> pages = AKENEO.client().pages(PRODUCTS + "?pagination_type=search_after&limit=" + limit);
		String emptyLastPage = SimulatorTestClient.nextHref(pages.get(pages.size() - 2));
		String newUuid = "ffffffff-ffff-4fff-bfff-ffffffffffff";
		try (AkeneoSimulator changed = new AkeneoSimulator().start().load(CATALOGUE)) {
			ObjectNode product = CATALOGUE.products().get(0).deepCopy();
			product.put("uuid", newUuid);
			changed.addProduct(product);

			// when
			Reply later = new SimulatorTestClient(changed).get(emptyLastPage.replace(AKENEO.simulator().baseUrl(),
					changed.baseUrl()));

			// then
			assertThat(SimulatorTestClient.uuids(List.copyOf(later.body().get("_embedded").get("items").values())))
				.containsExactly(newUuid);
			assertThat(later.body().get("_links").has("next")).isFalse();
		}
	}

	/** The largest limit up to 100 that divides {@code size} and leaves at least two full pages. */
	private static int divisorOf(int size) {
		assertThat(size).as("list size").isPositive();
		return IntStream.rangeClosed(1, Math.min(PageRequest.MAX_LIMIT, Math.max(1, size / 2)))
			.filter(limit -> size % limit == 0)
			.max()
			.orElseThrow();
	}

}
