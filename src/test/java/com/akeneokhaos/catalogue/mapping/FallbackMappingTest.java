package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.ProductBuilder.json;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

import tools.jackson.databind.JsonNode;

class FallbackMappingTest {

	private static final String SUB_DEPARTMENT_OR_DEPARTMENT = "StockType3.Name: { category-level: 2, "
			+ "fallback: { category-level: 1 } }";

	private static final String SUB_DEPARTMENT_OR_GENERAL = "StockType3.Name: { category-level: 2, "
			+ "fallback: { constant: General } }";

	private static final String RANGE_OR_SUB_DEPARTMENT_OR_GENERAL = "StockType3.Name: { category-level: 3, "
			+ "fallback: { category-level: 2, fallback: { constant: General } } }";

	@ParameterizedTest(name = "{0} in {1} → {2}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			SUB_DEPARTMENT_OR_DEPARTMENT + "       | womens_dresses_maxi | Dresses",
			SUB_DEPARTMENT_OR_DEPARTMENT + "       | mens                | Menswear",
			SUB_DEPARTMENT_OR_DEPARTMENT + "       | accessories         | accessories",
			SUB_DEPARTMENT_OR_DEPARTMENT + "       | sale_summer         | -",
			SUB_DEPARTMENT_OR_GENERAL + "          | mens_shirts         | Shirts",
			SUB_DEPARTMENT_OR_GENERAL + "          | mens                | General",
			SUB_DEPARTMENT_OR_GENERAL + "          | sale_summer         | General",
			RANGE_OR_SUB_DEPARTMENT_OR_GENERAL + " | womens_dresses_maxi | Maxi dresses",
			RANGE_OR_SUB_DEPARTMENT_OR_GENERAL + " | womens_dresses      | Dresses",
			RANGE_OR_SUB_DEPARTMENT_OR_GENERAL + " | womens              | General" })
	void takesTheFirstSourceThatGivesAValue(String fieldLine, String category, String expected) {
		// given
		StockItemMapper mapper = TestMappings.mapper(fieldLine);

		// when
		MappingResult result = mapper.map(ProductBuilder.product("u").value("sku", "F-1").in(category).build());

		// then
		assertThat(text(result, "/StockType3/Name")).isEqualTo(expected);
		assertThat(result.problems()).isEmpty();
	}

	static Stream<Arguments> attributesWithoutAValue() {
		return Stream.of(Arguments.of("absent", null), Arguments.of("null", json("null")),
				Arguments.of("empty", ""), Arguments.of("blank", "   "),
				Arguments.of("only layout characters", "\u00a0\t\n"));
	}

	@ParameterizedTest(name = "name {0}")
	@MethodSource("attributesWithoutAValue")
	void fallsBackWhenTheAttributeHasNoValue(String what, Object name) {
		// given
		StockItemMapper mapper = TestMappings.mapper("UserDefinedFields.Title: { attribute: name, "
				+ "fallback: { attribute: sku } }");
		ProductBuilder product = ProductBuilder.valid("F-2").without("name");
		if (name != null) {
			product.localized("name", "en_GB", name);
		}

		// when
		MappingResult result = mapper.map(product.build());

		// then
		assertThat(result.item().always().at("/UserDefinedFields/0/Value").stringValue()).isEqualTo("F-2");
	}

	static Stream<Arguments> unreadablePrimaries() {
		return Stream.of(
				Arguments.of("SellPrice.Net: { attribute: price, fallback: { constant: 10 } }", "price",
						price("GBP", "twelve"), Rule.PRICE_NOT_NUMERIC),
				Arguments.of("UserDefinedFields.Title: { attribute: name, fallback: { constant: Untitled } }", "name",
						"Broken \ud83d", Rule.TEXT_BROKEN_CHARACTER));
	}

	@ParameterizedTest(name = "{3}")
	@MethodSource("unreadablePrimaries")
	void reportsAnUnreadableValueInsteadOfFallingBack(String fieldLine, String attribute, Object data, Rule rule) {
		// given
		StockItemMapper mapper = TestMappings.mapper(fieldLine);
		ProductBuilder product = ProductBuilder.valid("F-3").without(attribute);
		if (attribute.equals("name")) {
			product.localized(attribute, "en_GB", data);
		}
		else {
			product.value(attribute, data);
		}

		// when
		MappingResult result = mapper.map(product.build());

		// then
		assertThat(result.problems()).extracting(Violation::rule).contains(rule);
		assertThat(result.item().always().toString()).doesNotContain("Untitled").doesNotContain("\"Net\":10");
	}

	private static String text(MappingResult result, String pointer) {
		JsonNode node = result.item().always().at(pointer);
		return node.isMissingNode() ? null : node.stringValue();
	}

}
