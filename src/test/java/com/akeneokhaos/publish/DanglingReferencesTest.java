package com.akeneokhaos.publish;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.AttributeOption;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.Channel;
import com.akeneokhaos.akeneo.Family;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class DanglingReferencesTest {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final ReferenceData REFERENCE = new ReferenceData(
			Map.of("sku", attribute("sku", Attribute.IDENTIFIER), "name", attribute("name", "pim_catalog_text"),
					"brand", attribute("brand", "pim_catalog_simpleselect"),
					"materials", attribute("materials", "pim_catalog_multiselect"),
					"price", attribute("price", "pim_catalog_price_collection"),
					"size_chart", attribute("size_chart", "pim_catalog_table")),
			Map.of("brand", Map.of("acme", new AttributeOption("acme", Map.of())), "materials",
					Map.of("wool", new AttributeOption("wool", Map.of()))),
			Map.of("master", new Category("master", null, Map.of(), null)),
			Map.of("ecommerce", new Channel("ecommerce", List.of("en_GB"), List.of("GBP"), "master")), List.of("en_GB"),
			Map.of("clothing", new Family("clothing", List.of("sku"), "name")));

	static Stream<Arguments> items() {
		return Stream.of(
				Arguments.of("family unknown", "ghost", List.of(), Map.of(), List.of(Rule.FAMILY_UNKNOWN)),
				Arguments.of("no family", null, List.of(), Map.of(), List.of()),
				Arguments.of("category unknown", "clothing", List.of("master", "ghost"), Map.of(),
						List.of(Rule.CATEGORY_UNKNOWN)),
				Arguments.of("attribute unknown", "clothing", List.of(), values("ghost", null, null, JSON.stringNode("x")),
						List.of(Rule.ATTRIBUTE_UNKNOWN)),
				Arguments.of("locale unknown", "clothing", List.of(), values("name", "xx_XX", null, JSON.stringNode("x")),
						List.of(Rule.LOCALE_UNKNOWN)),
				Arguments.of("channel unknown", "clothing", List.of(),
						values("name", "en_GB", "print", JSON.stringNode("x")), List.of(Rule.CHANNEL_UNKNOWN)),
				Arguments.of("option unknown", "clothing", List.of(), values("brand", null, null, JSON.stringNode("x")),
						List.of(Rule.OPTION_UNKNOWN)),
				Arguments.of("option known", "clothing", List.of(), values("brand", null, null, JSON.stringNode("acme")),
						List.of()),
				Arguments.of("one option of many unknown", "clothing", List.of(),
						values("materials", null, null, JSON.arrayNode().add("wool").add("silk")),
						List.of(Rule.OPTION_UNKNOWN)),
				Arguments.of("select of another shape", "clothing", List.of(),
						values("brand", null, null, JSON.arrayNode().add("acme")), List.of()),
				Arguments.of("currency unknown", "clothing", List.of(), values("price", null, null,
						JSON.arrayNode().add(JSON.objectNode().put("amount", "1").put("currency", "USD"))),
						List.of(Rule.CURRENCY_UNKNOWN)),
				Arguments.of("unused type", "clothing", List.of(), values("size_chart", null, null,
						JSON.arrayNode().add(JSON.objectNode().put("size", "S"))), List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("items")
	void eachDanglingReferenceIsOneViolation(String name, @Nullable String family, List<String> categories,
			Map<String, List<AkeneoValue>> values, List<Rule> expected) {
		// given
		DanglingReferences dangling = new DanglingReferences(REFERENCE);
		// when
		List<Violation> problems = dangling.of("product", family, categories, values);
		// then
		assertThat(problems).extracting(Violation::rule).containsExactlyElementsOf(expected);
		assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).contains("Akeneo"));
	}

	private static Map<String, List<AkeneoValue>> values(String attribute, @Nullable String locale,
			@Nullable String scope, JsonNode data) {
		return Map.of(attribute, List.of(new AkeneoValue(locale, scope, data)));
	}

	private static Attribute attribute(String code, String type) {
		return new Attribute(code, type, false, false, null, null, Map.of());
	}

}
