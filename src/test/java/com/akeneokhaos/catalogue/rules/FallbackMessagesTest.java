package com.akeneokhaos.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.TestMappings;
import com.akeneokhaos.problems.Violation;

class FallbackMessagesTest {

	private static final String VALID = """
			{"StockCode":"DRS-1","ShortDescription":"Linen dress","StockType1":{"Name":"Womenswear"},
			 "StockType2":{"Name":"Dresses"}}""";

	static Stream<Arguments> valuesFromAChain() {
		return Stream.of(
				Arguments.of("StockType2.Name: { category-level: 2, fallback: { category-level: 1 } }",
						"{\"StockType2\":{\"Name\":\"" + "S".repeat(101) + "\"}}",
						"The Khaos sub-department (StockType2) '" + "S".repeat(101) + "' is 101 characters long; "
								+ "Khaos accepts at most 100. Shorten it where the mapping takes it from (category "
								+ "level 2 under 'master', else category level 1 under 'master')."),
				Arguments.of("ShortDescription: { attribute: name, fallback: { attribute: sku } }",
						"{\"ShortDescription\":\"" + "N".repeat(251) + "\"}",
						"The short description for Khaos (attribute 'name', else attribute 'sku') is 251 characters "
								+ "long; Khaos accepts at most 250. Shorten it in Akeneo."),
				Arguments.of("SellPrice.Net: { attribute: price, fallback: { constant: 0 } }",
						"{\"SellPrice\":{\"Net\":-1}}", "The sell price (SellPrice.Net, from attribute 'price', else "
								+ "the fixed value 0 of the mapping) is -1; Khaos does not accept negative prices."),
				Arguments.of("StockCode: { attribute: sku, fallback: { attribute: ean } }", "{\"StockCode\":\"A B\"}",
						"The SKU 'A B' (attribute 'sku', else attribute 'ean') contains characters Khaos does not "
								+ "accept (a space)."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("valuesFromAChain")
	void namesEveryPlaceTheMappingLooksWhenAValueBreaksARule(String fieldLine, String json, String message) {
		// given
		String field = fieldLine.substring(0, fieldLine.indexOf(':'));
		String required = TestMappings.REQUIRED_FIELDS.lines().filter(l -> l.strip().startsWith(field + ":"))
			.findFirst().orElse(null);
		String yaml = (required == null) ? TestMappings.yamlWith(fieldLine)
				: TestMappings.yamlWith().replace(required.strip(), fieldLine);
		StockItemValidator validator = new StockItemValidator(ValidationProperties.defaults(),
				CatalogueMapping.parse(yaml, TestMappings.ORIGIN));
		ObjectNode item = object(VALID);
		item.setAll(object(json));

		// when
		List<Violation> violations = validator.validate(new MappedStockItem("X", item, object("{}")));

		// then
		assertThat(violations).extracting(Violation::message).singleElement().asString().startsWith(message);
	}

	private static ObjectNode object(String json) {
		return (ObjectNode) ProductBuilder.json(json);
	}

}
