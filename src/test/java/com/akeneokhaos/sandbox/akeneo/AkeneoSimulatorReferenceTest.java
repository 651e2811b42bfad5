package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

class AkeneoSimulatorReferenceTest {

	private static final String API = "/api/rest/v1/";

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator.generate(CatalogueSpec.of(2, 10));

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);

	@ParameterizedTest
	@CsvSource({ "attributes, 16", "attributes/brand/options, 20", "attributes/season/options, 3", "categories, 130",
			"families, 3", "channels, 2", "locales, 3" })
	void listsEveryItemThroughPagePagination(String collection, int count) {
		// when
		List<JsonNode> items = AKENEO.client().walk(API + collection + "?limit=7");

		// then
		assertThat(items).hasSize(count).allSatisfy(item -> assertThat(item.get("_links").get("self").get("href").asString())
			.isEqualTo(AKENEO.simulator().baseUrl() + API + collection + "/" + item.get("code").asString()));
	}

	@Test
	void pagesTenItemsByDefaultWithANextLinkWhileMoreExist() {
		// when
		Reply first = AKENEO.client().get(API + "attributes?with_count=true");

		// then
		assertThat(first.body().get("_embedded").get("items")).hasSize(10);
		assertThat(first.body().get("items_count").asInt()).isEqualTo(16);
		assertThat(first.body().get("_links").get("next").get("href").asString())
			.isEqualTo(AKENEO.simulator().baseUrl() + API + "attributes?page=2&limit=10&with_count=true");
		Reply second = AKENEO.client().get(first.body().get("_links").get("next").get("href").asString());
		assertThat(second.body().get("_embedded").get("items")).hasSize(6);
		assertThat(second.body().get("_links").has("next")).isFalse();
	}

	@Test
	void attributesHaveTheSpecShape() {
		// when
		Reply weight = AKENEO.client().get(API + "attributes/weight");

		// then
		assertThat(weight.status()).isEqualTo(200);
		assertThat(weight.body().get("type").asString()).isEqualTo("pim_catalog_metric");
		assertThat(weight.body().get("metric_family").asString()).isEqualTo("Weight");
		assertThat(weight.body().get("default_metric_unit").asString()).isEqualTo("GRAM");
		assertThat(weight.body().get("labels").get("en_GB").asString()).isEqualTo("Weight");
	}

	@Test
	void filtersLocalesOnEnabled() {
		// given
		String search = encode("{\"enabled\":[{\"operator\":\"=\",\"value\":true}]}");

		// when
		List<JsonNode> locales = AKENEO.client().walk(API + "locales?search=" + search);

		// then
		assertThat(locales).extracting(l -> l.get("code").asString()).containsExactly("en_GB", "fr_FR");
	}

	@Test
	void filtersCategoriesOnParentAndUpdated() {
		// when
		List<JsonNode> departments = AKENEO.client().walk(API + "categories?limit=100&search="
				+ encode("{\"parent\":[{\"operator\":\"=\",\"value\":\"master\"}]}"));
		List<JsonNode> roots = AKENEO.client().walk(API + "categories?search="
				+ encode("{\"is_root\":[{\"operator\":\"=\",\"value\":true}]}"));
		List<JsonNode> recent = AKENEO.client().walk(API + "categories?limit=100&search="
				+ encode("{\"updated\":[{\"operator\":\">\",\"value\":\"2024-01-20T00:00:00Z\"}]}"));

		// then
		assertThat(departments).hasSize(6);
		assertThat(roots).extracting(c -> c.get("code").asString()).containsExactly("master", "print_catalogue");
		assertThat(recent).isNotEmpty().hasSizeLessThan(130);
	}

	@ParameterizedTest
	@CsvSource({ "attributes/colour, Attribute \"colour\" does not exist.",
			"attributes/colour/options, Attribute \"colour\" does not exist.",
			"families/shoes, Family \"shoes\" does not exist.",
			"attributes/brand/options/acme, Attribute option \"acme\" does not exist." })
	void unknownCodesAnswer404WithTheSpecBody(String path, String message) {
		// when
		Reply reply = AKENEO.client().get(API + path);

		// then
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.body().get("code").asInt()).isEqualTo(404);
		assertThat(reply.body().get("message").asString()).isEqualTo(message);
	}

}
