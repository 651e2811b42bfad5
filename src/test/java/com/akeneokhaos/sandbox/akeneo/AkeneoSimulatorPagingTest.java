package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

class AkeneoSimulatorPagingTest {

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(21, 1_050).withDefectsSpreadEvenly(48).withVariants(6));

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);

	@Test
	void searchAfterWalksEveryProductExactlyOnceInUuidOrder() {
		// given
		long before = AKENEO.simulator().requestCount(PRODUCTS);

		// when
		List<JsonNode> items = AKENEO.client().walk(PRODUCTS + "?pagination_type=search_after&limit=100");

		// then
		assertThat(SimulatorTestClient.uuids(items)).isEqualTo(CATALOGUE.uuids());
		assertThat(AKENEO.simulator().requestCount(PRODUCTS) - before).isEqualTo(11);
		assertThat(items).allSatisfy(item -> assertThat(item.get("_links").get("self").get("href").asString())
			.isEqualTo(AKENEO.simulator().baseUrl() + PRODUCTS + "/" + item.get("uuid").asString()));
	}

	@Test
	void searchAfterLinksAreAbsoluteAndKeepTheQuery() {
		// given
		String search = "{\"enabled\":[{\"operator\":\"=\",\"value\":true}]}";
		String first = PRODUCTS + "?pagination_type=search_after&limit=7&search=" + encode(search)
				+ "&locales=en_GB&scope=ecommerce";

		// when
		Reply page = AKENEO.client().get(first);

		// then
		JsonNode links = page.body().get("_links");
		String next = links.get("next").get("href").asString();
		assertThat(next).startsWith(AKENEO.simulator().baseUrl() + PRODUCTS + "?pagination_type=search_after&limit=7")
			.contains("search_after=", "locales=en_GB", "scope=ecommerce", "search=%7B");
		assertThat(links.get("first").get("href").asString()).doesNotContain("&search_after=");
		assertThat(links.get("self").get("href").asString()).startsWith(AKENEO.simulator().baseUrl());
		assertThat(page.body().get("_embedded").get("items")).hasSize(7);
		Reply second = AKENEO.client().get(next);
		assertThat(second.body().get("_embedded").get("items")).hasSize(7).allSatisfy(item -> {
			assertThat(item.get("enabled").asBoolean()).isTrue();
			assertThat(item.get("values").findValuesAsString("locale")).doesNotContain("fr_FR");
			assertThat(item.get("values").findValuesAsString("scope")).doesNotContain("print");
		});
	}

	@Test
	void theLastSearchAfterPageHasNoNextLink() {
		// given
		String lastUuid = CATALOGUE.uuids().get(CATALOGUE.productCount() - 3);
		String cursorToLastThree = PRODUCTS + "?pagination_type=search_after&limit=3&search_after="
				+ SimulatorTestClient.uuidOnlyCursor(lastUuid);

		// when
		Reply page = AKENEO.client().get(cursorToLastThree);

		// then
		assertThat(page.body().get("_embedded").get("items")).hasSize(2);
		assertThat(page.body().get("_links").has("next")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "101", "-5", "ten" })
	void limitsOutside1To100Answer422(String limit) {
		// when
		Reply reply = AKENEO.client().get(PRODUCTS + "?pagination_type=search_after&limit=" + limit);

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("code").asInt()).isEqualTo(422);
		assertThat(reply.body().get("message").asString()).isNotBlank();
	}

	@Test
	void defaultsToPagePaginationOfTenWithCount() {
		// when
		Reply page = AKENEO.client().get(PRODUCTS + "?page=2&with_count=true");

		// then
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().get("current_page").asInt()).isEqualTo(2);
		assertThat(page.body().get("items_count").asInt()).isEqualTo(1_050);
		assertThat(SimulatorTestClient.uuids(List.copyOf(page.body().get("_embedded").get("items").values())))
			.isEqualTo(CATALOGUE.uuids().subList(10, 20));
		JsonNode links = page.body().get("_links");
		assertThat(links.get("previous").get("href").asString()).contains("page=1");
		assertThat(links.get("next").get("href").asString()).contains("page=3", "limit=10");
	}

	@Test
	void pagePaginationStopsAtTenThousandItems() {
		// when
		Reply reply = AKENEO.client().get(PRODUCTS + "?page=101&limit=100");

		// then
		assertThat(reply.status()).isEqualTo(422);
	}

	@Test
	void unknownPaginationTypeAnswers422() {
		// when
		Reply reply = AKENEO.client().get(PRODUCTS + "?pagination_type=cursor");

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("message").asString()).isEqualTo("Pagination type does not exist.");
	}

	@Test
	void getsOneProductByUuidOr404() {
		// given
		String uuid = CATALOGUE.uuids().get(5);

		// when
		Reply found = AKENEO.client().get(PRODUCTS + "/" + uuid);
		Reply missing = AKENEO.client().get(PRODUCTS + "/00000000-0000-4000-8000-000000000000");

		// then
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body().get("uuid").asString()).isEqualTo(uuid);
		assertThat(found.body().get("values")).isEqualTo(CATALOGUE.product(uuid).orElseThrow().get("values"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body().get("code").asInt()).isEqualTo(404);
	}

}
