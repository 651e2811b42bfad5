package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;
import com.akeneokhaos.support.TestClock;

class AkeneoSimulatorSearchTest {

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator.generate(CatalogueSpec.of(5, 900)
		.withDefect(DefectKind.UNCATEGORISED, 20).withDefect(DefectKind.VARIANT, 5).withVariants(12));

	private static final TestClock CLOCK = new TestClock(Instant.parse("2025-01-01T00:00:00Z"));

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE).withClock(CLOCK);

	@Test
	void filtersOnUpdatedAfterAndBefore() {
		// given
		long cutoff = Json.epochSecond("2024-03-15T12:00:00+00:00");

		// when
		List<String> after = search("{\"updated\":[{\"operator\":\">\",\"value\":\"2024-03-15 12:00:00\"}]}");
		List<String> before = search("{\"updated\":[{\"operator\":\"<\",\"value\":\"2024-03-15 12:00:00\"}]}");

		// then
		assertThat(after).isNotEmpty().isEqualTo(expected(p -> updated(p) > cutoff));
		assertThat(before).isNotEmpty().isEqualTo(expected(p -> updated(p) < cutoff));
	}

	@Test
	void filtersOnUpdatedBetweenAndSinceLastDays() {
		// given
		long from = Json.epochSecond("2024-02-01T00:00:00+00:00");
		long to = Json.epochSecond("2024-02-29T23:59:59+00:00");
		long since = Json.epochSecond("2024-10-03T00:00:00+00:00");

		// when
		List<String> between = search("{\"updated\":[{\"operator\":\"BETWEEN\","
				+ "\"value\":[\"2024-02-01 00:00:00\",\"2024-02-29 23:59:59\"]}]}");
		List<String> recent = search("{\"updated\":[{\"operator\":\"SINCE LAST N DAYS\",\"value\":90}]}");

		// then
		assertThat(between).isNotEmpty().isEqualTo(expected(p -> updated(p) >= from && updated(p) <= to));
		assertThat(recent).isNotEmpty().isEqualTo(expected(p -> updated(p) >= since));
	}

	@Test
	void filtersOnEnabled() {
		// when
		List<String> disabled = search("{\"enabled\":[{\"operator\":\"=\",\"value\":false}]}");
		List<String> notDisabled = search("{\"enabled\":[{\"operator\":\"!=\",\"value\":false}]}");

		// then
		assertThat(disabled).isNotEmpty().isEqualTo(expected(p -> !p.get("enabled").asBoolean()));
		assertThat(notDisabled).hasSize(CATALOGUE.productCount() - disabled.size());
	}

	@Test
	void filtersOnUuid() {
		// given
		List<String> three = CATALOGUE.uuids().subList(100, 103);
		String list = "[\"" + String.join("\",\"", three) + "\"]";

		// when
		List<String> in = search("{\"uuid\":[{\"operator\":\"IN\",\"value\":" + list + "}]}");
		List<String> notIn = search("{\"uuid\":[{\"operator\":\"NOT IN\",\"value\":" + list + "}]}");

		// then
		assertThat(in).isEqualTo(three);
		assertThat(notIn).hasSize(CATALOGUE.productCount() - 3).doesNotContainAnyElementsOf(three);
	}

	@Test
	void filtersOnParent() {
		// when
		List<String> models = search("{\"parent\":[{\"operator\":\"IN\",\"value\":[\"model_00001\"]}]}");
		List<String> variants = search("{\"parent\":[{\"operator\":\"NOT EMPTY\"}]}");
		List<String> simple = search("{\"parent\":[{\"operator\":\"EMPTY\"}]}");

		// then
		assertThat(models).hasSize(3)
			.isEqualTo(expected(p -> p.get("parent").isString() && p.get("parent").asString().equals("model_00001")));
		assertThat(variants).hasSize(17);
		assertThat(simple).hasSize(CATALOGUE.productCount() - 17);
	}

	@Test
	void filtersOnCategories() {
		// given
		Set<String> clothingTree = Set.of("tops", "knitwear", "trousers", "outerwear", "nightwear");

		// when
		List<String> tops = search("{\"categories\":[{\"operator\":\"IN\",\"value\":[\"tops\"]}]}");
		List<String> clothing = search("{\"categories\":[{\"operator\":\"IN CHILDREN\",\"value\":[\"clothing\"]}]}");
		List<String> notClothing = search("{\"categories\":[{\"operator\":\"NOT IN CHILDREN\",\"value\":[\"clothing\"]}]}");
		List<String> unclassified = search("{\"categories\":[{\"operator\":\"UNCLASSIFIED\"}]}");

		// then
		assertThat(tops).isNotEmpty().isEqualTo(expected(p -> categories(p).contains("tops")));
		assertThat(clothing).isNotEmpty().isEqualTo(expected(p -> categories(p).stream()
			.anyMatch(c -> clothingTree.stream().anyMatch(c::startsWith))));
		assertThat(notClothing).hasSize(CATALOGUE.productCount() - clothing.size());
		assertThat(unclassified).isNotEmpty().isEqualTo(expected(p -> p.get("categories").isEmpty()));
	}

	@Test
	void combinesConditionsWithAnd() {
		// when
		List<String> both = search("{\"enabled\":[{\"operator\":\"=\",\"value\":true}],"
				+ "\"updated\":[{\"operator\":\">\",\"value\":\"2024-06-01 00:00:00\"}]}");

		// then
		long cutoff = Json.epochSecond("2024-06-01T00:00:00+00:00");
		assertThat(both).isNotEmpty().isEqualTo(expected(p -> p.get("enabled").asBoolean() && updated(p) > cutoff));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[1,2]", "{\"updated\":{\"operator\":\">\"}}", "{\"updated\":[{\"value\":1}]}",
			"{\"color\":[{\"operator\":\"IN\",\"value\":[\"red\"]}]}",
			"{\"updated\":[{\"operator\":\"LIKE\",\"value\":\"x\"}]}",
			"{\"updated\":[{\"operator\":\">\",\"value\":\"01/02/2024\"}]}",
			"{\"enabled\":[{\"operator\":\"=\",\"value\":\"yes\"}]}",
			"{\"categories\":[{\"operator\":\"IN\",\"value\":[\"no_such_category\"]}]}" })
	void jsonSearchesOfTheWrongShapeAnswer422(String search) {
		// when
		Reply reply = AKENEO.client().get(PRODUCTS + "?pagination_type=search_after&search=" + encode(search));

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("code").asInt()).isEqualTo(422);
		assertThat(reply.body().get("message").asString()).isNotBlank();
	}

	private static List<String> search(String json) {
		return SimulatorTestClient.uuids(AKENEO.client().walk(PRODUCTS + "?pagination_type=search_after&limit=100&search="
				+ encode(json)));
	}

	private static List<String> expected(Predicate<ObjectNode> filter) {
		return CATALOGUE.products().stream().filter(filter).map(p -> p.get("uuid").asString()).toList();
	}

	private static long updated(JsonNode product) {
		return Json.epochSecond(product.get("updated").asString());
	}

	private static List<String> categories(JsonNode product) {
		return product.get("categories").valueStream().map(JsonNode::asString).toList();
	}

}
