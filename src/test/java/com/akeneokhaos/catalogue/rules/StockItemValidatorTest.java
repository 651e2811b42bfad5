package com.akeneokhaos.catalogue.rules;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.TestMappings;

import tools.jackson.databind.node.ObjectNode;

class StockItemValidatorTest {

	private static final String VALID = """
			{"StockCode":"DRS-1","ShortDescription":"Linen dress","StockType1":{"Name":"Womenswear"},
			 "StockType2":{"Name":"Dresses"},"SellPrice":{"Net":12.5}}""";

	private final StockItemValidator validator = new StockItemValidator(ValidationProperties.defaults(),
			TestMappings.shipped());

	static Stream<Arguments> brokenRules() {
		String longCode = "A".repeat(31);
		String longName = "N".repeat(251);
		String longDepartment = "Womenswear and accessories";
		String longSubDepartment = "S".repeat(101);
		return Stream.of(
				Arguments.of("StockCode", null, Rule.STOCK_CODE_MISSING, "StockCode", null,
						"The product has no SKU (attribute 'sku'), so Khaos cannot create a stock item for it: "
								+ "fill in the SKU."),
				Arguments.of("StockCode", "\"  \"", Rule.STOCK_CODE_MISSING, "StockCode", null, "has no SKU"),
				Arguments.of("StockCode", "\"" + longCode + "\"", Rule.STOCK_CODE_TOO_LONG, "StockCode", longCode,
						"The SKU '" + longCode + "' (attribute 'sku') is 31 characters long; Khaos accepts at most 30. "
								+ "Shorten it."),
				Arguments.of("StockCode", "\"AB CD\"", Rule.STOCK_CODE_CHARACTERS, "StockCode", "AB CD",
						"The SKU 'AB CD' (attribute 'sku') contains characters Khaos does not accept (a space). "
								+ "Use only letters, digits and . _ / -."),
				Arguments.of("StockCode", "\"AB#C+D#\"", Rule.STOCK_CODE_CHARACTERS, "StockCode", "AB#C+D#",
						"contains characters Khaos does not accept ('#', '+')."),
				Arguments.of("StockCode", "\"Café\"", Rule.STOCK_CODE_CHARACTERS, "StockCode", "Café", "('é')"),
				Arguments.of("ShortDescription", null, Rule.SHORT_DESCRIPTION_MISSING, "ShortDescription", null,
						"The product has no short description for Khaos (its name in Khaos lists and documents): "
								+ "fill in attribute 'name'."),
				Arguments.of("ShortDescription", "\"" + longName + "\"", Rule.SHORT_DESCRIPTION_TOO_LONG,
						"ShortDescription", "N".repeat(199) + "…",
						"The short description for Khaos (attribute 'name') is 251 characters long; Khaos accepts at "
								+ "most 250. Shorten attribute 'name'."),
				Arguments.of("StockType1", null, Rule.STOCK_TYPE1_MISSING, "StockType1", null,
						"The product has no category under 'master' deep enough to give a Khaos department "
								+ "(StockType1): classify it at level 1 or below."),
				Arguments.of("StockType1", "{\"Name\":\" \"}", Rule.STOCK_TYPE1_MISSING, "StockType1", null,
						"department (StockType1)"),
				Arguments.of("StockType1", "{\"Name\":\"" + longDepartment + "\"}", Rule.STOCK_TYPE1_TOO_LONG,
						"StockType1.Name", longDepartment,
						"The Khaos department (StockType1) '" + longDepartment + "' is 26 characters long; Khaos "
								+ "accepts at most 25. Shorten the label of its level-1 category under 'master'."),
				Arguments.of("StockType2", null, Rule.STOCK_TYPE2_MISSING, "StockType2", null,
						"The product has no category under 'master' deep enough to give a Khaos sub-department "
								+ "(StockType2): classify it at level 2 or below."),
				Arguments.of("StockType2", "{\"Name\":\"" + longSubDepartment + "\"}", Rule.STOCK_TYPE2_TOO_LONG,
						"StockType2.Name", longSubDepartment, "is 101 characters long; Khaos accepts at most 100."),
				Arguments.of("SellPrice", "{\"Net\":\"12.50\"}", Rule.PRICE_NOT_NUMERIC, "SellPrice.Net", "12.50",
						"The sell price (SellPrice.Net, from attribute 'price') is '12.50', which is not a number. "
								+ "Enter an amount such as 12.50."),
				Arguments.of("SellPrice", "{\"Gross\":-1}", Rule.PRICE_NEGATIVE, "SellPrice.Gross", "-1",
						"The sell price (SellPrice.Gross) is -1; Khaos does not accept negative prices."),
				Arguments.of("BuyPrice", "{\"Gross\":true}", Rule.PRICE_NOT_NUMERIC, "BuyPrice.Gross", "true",
						"The buy price (BuyPrice.Gross) is 'true', which is not a number."));
	}

	@ParameterizedTest(name = "{2}: {0} = {1}")
	@MethodSource("brokenRules")
	void reportsEachBrokenKhaosRuleWithAMessageAMerchandiserUnderstands(String field, String json, Rule rule,
			String violationField, String offending, String message) {
		// given
		ObjectNode always = (ObjectNode) ProductBuilder.json(VALID);
		if (json == null) {
			always.remove(field);
		}
		else {
			always.set(field, ProductBuilder.json(json));
		}

		// when
		List<Violation> violations = validator.validate(new MappedStockItem("X", always, object("{}")));

		// then
		assertThat(violations).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo(rule);
			assertThat(violation.field()).isEqualTo(violationField);
			assertThat(violation.offendingValue()).isEqualTo(offending);
			assertThat(violation.message()).contains(message);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "DRS-1", "0-Z-B0714PRW7R", "a/b.c_d-e", "123456789012345678901234567890" })
	void acceptsAValidItem(String stockCode) {
		// given
		ObjectNode always = object(VALID).put("StockCode", stockCode);

		// when
		List<Violation> violations = validator.validate(new MappedStockItem(stockCode, always, object("{}")));

		// then
		assertThat(violations).isEmpty();
	}

	@Test
	void checksWhatKhaosReceivesOnCreate() {
		// given
		MappedStockItem item = new MappedStockItem("DRS-1", object(VALID),
				object("{\"BuyPrice\":{\"Net\":-0.01},\"StockType1\":{\"ID\":\"18\"}}"));

		// when
		List<Violation> violations = validator.validate(item);

		// then
		assertThat(violations).extracting(Violation::rule, Violation::field, Violation::message)
			.containsExactly(tuple(Rule.PRICE_NEGATIVE, "BuyPrice.Net",
					"The buy price (BuyPrice.Net, from attribute 'cost_price') is -0.01; Khaos does not accept "
							+ "negative prices."));
	}

	@Test
	void reportsEveryBrokenRuleOfAnItem() {
		// given
		MappedStockItem item = new MappedStockItem(null, object("{\"StockType2\":{\"Code\":\"D\"}}"), object("{}"));

		// when
		List<Violation> violations = validator.validate(item);

		// then
		assertThat(violations).extracting(Violation::rule)
			.containsExactly(Rule.STOCK_CODE_MISSING, Rule.SHORT_DESCRIPTION_MISSING, Rule.STOCK_TYPE1_MISSING);
	}

	@Test
	void reportsAMissingCategoryOnceWhenItLeavesBothStockTypesEmpty() {
		// given
		ObjectNode always = object(VALID);
		always.remove(List.of("StockType1", "StockType2"));

		// when
		List<Violation> violations = validator.validate(new MappedStockItem("DRS-1", always, object("{}")));

		// then
		assertThat(violations).extracting(Violation::rule, Violation::field, Violation::message)
			.containsExactly(tuple(Rule.STOCK_TYPE1_MISSING, "StockType1",
					"The product has no category under 'master' deep enough to give a Khaos department (StockType1) "
							+ "and sub-department (StockType2): classify it at level 2 or below."));
	}

	@Test
	void namesTheAttributeThatFeedsAStockType() {
		// given
		String yaml = TestMappings.yamlWith()
			.replace("StockType1.Name: { category-level: 1 }", "StockType1.Name: { attribute: season }");
		StockItemValidator attributeFed = new StockItemValidator(ValidationProperties.defaults(),
				CatalogueMapping.parse(yaml, "m.yml"));
		ObjectNode always = object(VALID);
		always.remove("StockType1");

		// when
		List<Violation> violations = attributeFed.validate(new MappedStockItem("DRS-1", always, object("{}")));

		// then
		assertThat(violations).extracting(Violation::message)
			.containsExactly("The product has no value in attribute 'season', which gives the Khaos department "
					+ "(StockType1): fill it in.");
	}

	@Test
	void explainsRulesWithoutAMappingToo() {
		// given
		StockItemValidator plain = new StockItemValidator(
				new ValidationProperties("[A-Z0-9]+", 30, 250, 25, 100));
		MappedStockItem item = new MappedStockItem("ab-1", object(VALID).put("StockCode", "ab-1"), object("{}"));

		// when
		List<Violation> violations = plain.validate(item);

		// then
		assertThat(violations).extracting(Violation::message)
			.containsExactly("The SKU 'ab-1' contains characters Khaos does not accept ('a', 'b', '-'). Khaos accepts "
					+ "only stock codes matching [A-Z0-9]+.");
	}

	private static ObjectNode object(String json) {
		return (ObjectNode) ProductBuilder.json(json);
	}

}
