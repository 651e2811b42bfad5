package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.ProductBuilder.json;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.metric;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

import tools.jackson.databind.JsonNode;

class MissingAndUnreadableValuesTest {

	private static final String[] ALL_FIELDS = { "LongDescription: { attribute: description }",
			"SellPrice.Net: { attribute: price }", "AverageWeight: { attribute: weight, unit: KILOGRAM }",
			"Manufacturer.Name: { attribute: brand, as: label }",
			"UserDefinedFields.Materials: { attribute: materials }", "Barcodes: { attribute: ean, barcode-type: EAN13 }",
			"Options.PublishOnWeb: { attribute: web_visible }", "SalesMultiple: { attribute: lead_time_days }",
			"UserDefinedFields.Released: { attribute: release_date }" };

	@Test
	void leavesOutMissingValuesInsteadOfWritingNull() {
		// given
		StockItemMapper mapper = TestMappings.mapper(ALL_FIELDS);
		AkeneoProduct product = ProductBuilder.product("u-empty")
			.value("sku", "E-1")
			.localized("name", "en_GB", json("null"))
			.scoped("description", "en_GB", "ecommerce", "<p> </p>")
			.value("price", json("[{\"amount\":null,\"currency\":\"GBP\"}]"))
			.value("weight", json("{\"amount\":null,\"unit\":\"GRAM\"}"))
			.value("brand", json("null"))
			.value("materials", List.of())
			.value("ean", "")
			.value("web_visible", json("null"))
			.value("lead_time_days", "")
			.build();

		// when
		MappingResult result = mapper.map(product);

		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.item().forCreate().propertyNames()).containsExactly("StockCode");
		assertThat(nulls(result.item().always())).isZero();
	}

	@Test
	void leavesOutAPriceInAnotherCurrencyOnly() {
		// given
		StockItemMapper mapper = TestMappings.mapper("SellPrice.Net: { attribute: price }");

		// when
		MappingResult result = mapper
			.map(ProductBuilder.valid("P-1").without("price").value("price", price("EUR", "9")).build());

		// then
		assertThat(result.item().always().has("SellPrice")).isFalse();
	}

	static Stream<Arguments> unreadableValues() {
		return Stream.of(
				Arguments.of("SellPrice.Net: { attribute: price }", "price", price("GBP", "twelve"),
						Rule.PRICE_NOT_NUMERIC, "SellPrice.Net", "twelve", "has the GBP price 'twelve', which is not a number"),
				Arguments.of("SellPrice.Net: { attribute: price }", "price", json("\"12.50\""), Rule.VALUE_UNREADABLE,
						"SellPrice.Net", "12.50", "where a list of prices was expected"),
				Arguments.of("AverageWeight: { attribute: weight, unit: KILOGRAM }", "weight", metric("3", "STONE"),
						Rule.VALUE_UNREADABLE, "AverageWeight", "STONE",
						"is measured in unit 'STONE', which the sync cannot convert to KILOGRAM"),
				Arguments.of("AverageWeight: { attribute: weight, unit: KILOGRAM }", "weight", metric("heavy", "GRAM"),
						Rule.VALUE_UNREADABLE, "AverageWeight", "heavy", "the amount 'heavy', which is not a number"),
				Arguments.of("SalesMultiple: { attribute: lead_time_days }", "lead_time_days", "abc",
						Rule.VALUE_UNREADABLE, "SalesMultiple", "abc", "holds 'abc', which is not a number"),
				Arguments.of("Options.PublishOnWeb: { attribute: web_visible }", "web_visible", "yes",
						Rule.VALUE_UNREADABLE, "Options.PublishOnWeb", "yes", "holds 'yes' instead of yes or no"),
				Arguments.of("UserDefinedFields.Released: { attribute: release_date }", "release_date", "next week",
						Rule.VALUE_UNREADABLE, "UserDefinedFields.Released", "next week", "which is not a date"),
				Arguments.of("Barcodes: { attribute: ean, barcode-type: EAN13 }", "ean", json("{\"code\":1}"),
						Rule.VALUE_UNREADABLE, "Barcodes", "{\"code\":1}", "where a text was expected"));
	}

	@ParameterizedTest(name = "{1} {2}")
	@MethodSource("unreadableValues")
	void reportsAnUnreadableValueAndStillMapsTheOtherFields(String fieldLine, String attribute, Object data,
			Rule rule, String field, String offending, String message) {
		// given
		StockItemMapper mapper = TestMappings.mapper(fieldLine);

		// when
		MappingResult result = mapper.map(ProductBuilder.valid("U-1").without(attribute).value(attribute, data).build());

		// then
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.rule()).isEqualTo(rule);
			assertThat(problem.field()).isEqualTo(field);
			assertThat(problem.offendingValue()).isEqualTo(offending);
			assertThat(problem.message()).startsWith("Attribute '" + attribute + "' ").contains(message);
		});
		assertThat(result.accepted()).isFalse();
		assertThat(result.item().stockCode()).isEqualTo("U-1");
		assertThat(result.item().always().at("/StockType2/Name").stringValue()).isEqualTo("Dresses");
	}

	@Test
	void reportsEveryUnreadableValueOfAProduct() {
		// given
		StockItemMapper mapper = TestMappings.mapper(ALL_FIELDS);
		AkeneoProduct product = ProductBuilder.valid("U-2")
			.without("price")
			.value("price", price("GBP", "1O.00"))
			.value("weight", metric("1", "STONE"))
			.build();

		// when
		List<Violation> problems = mapper.map(product).problems();

		// then
		assertThat(problems).extracting(Violation::field).containsExactly("SellPrice.Net", "AverageWeight");
	}

	private static long nulls(JsonNode node) {
		if (node.isNull()) {
			return 1;
		}
		return node.valueStream().mapToLong(MissingAndUnreadableValuesTest::nulls).sum();
	}

}
