package com.akeneokhaos.catalogue.rules;

import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.MappingResult;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.TestCatalogue;
import com.akeneokhaos.catalogue.mapping.TestMappings;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

class StockTypeFallbackTest {

	private static final String NO_FALLBACK = "StockType2.Name: { category-level: 2 }";

	private static final String DEPARTMENT_FALLBACK = "StockType2.Name: { category-level: 2, "
			+ "fallback: { category-level: 1 } }";

	private static final String GENERAL_FALLBACK = "StockType2.Name: { category-level: 2, "
			+ "fallback: { constant: General } }";

	static Stream<Arguments> oneLevelBranch() {
		return Stream.of(Arguments.of(NO_FALLBACK, List.of(Rule.STOCK_TYPE2_MISSING), null),
				Arguments.of(DEPARTMENT_FALLBACK, List.of(), "Menswear"),
				Arguments.of(GENERAL_FALLBACK, List.of(), "General"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneLevelBranch")
	void publishesAProductOfAOneLevelBranchWhenTheSubDepartmentFallsBack(String stockType2, List<Rule> rules,
			String subDepartment) {
		// given
		ProductValidation validation = validation(stockType2);

		// when
		MappingResult result = validation.mapAndValidate(product("mens"));

		// then
		assertThat(result.problems()).extracting(Violation::rule).isEqualTo(rules);
		assertThat(result.item().always().at("/StockType2/Name").asString(null)).isEqualTo(subDepartment);
	}

	static Stream<Arguments> uncategorised() {
		String department = "The product has no category under 'master' deep enough to give a Khaos department "
				+ "(StockType1): classify it at level 1 or below.";
		return Stream.of(
				Arguments.of(NO_FALLBACK, List.of(tuple(Rule.STOCK_TYPE1_MISSING, "The product has no category under "
						+ "'master' deep enough to give a Khaos department (StockType1) and sub-department "
						+ "(StockType2): classify it at level 2 or below."))),
				Arguments.of(DEPARTMENT_FALLBACK, List.of(tuple(Rule.STOCK_TYPE1_MISSING, "The product has no "
						+ "category under 'master' deep enough to give a Khaos department (StockType1) and "
						+ "sub-department (StockType2): classify it at level 1 or below."))),
				Arguments.of(GENERAL_FALLBACK, List.of(tuple(Rule.STOCK_TYPE1_MISSING, department))),
				Arguments.of("StockType2.Name: { attribute: season, fallback: { category-level: 2 } }",
						List.of(tuple(Rule.STOCK_TYPE1_MISSING, department), tuple(Rule.STOCK_TYPE2_MISSING,
								"The product has no value for the Khaos sub-department (StockType2) in any place "
										+ "the mapping looks (attribute 'season', else category level 2 under "
										+ "'master'): fill in attribute 'season' or classify it at level 2 or "
										+ "below."))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("uncategorised")
	void tellsWhatGivesTheStockTypeWhenEveryFallbackIsEmpty(String stockType2, List<Tuple> violations) {
		// given
		ProductValidation validation = validation(stockType2);

		// when
		MappingResult result = validation.mapAndValidate(product("sale_summer"));

		// then
		assertThat(result.problems()).extracting(Violation::rule, Violation::message)
			.containsExactlyElementsOf(violations);
	}

	private static ProductValidation validation(String stockType2) {
		String yaml = TestMappings.yamlWith().replace("StockType2.Name: { category-level: 2 }", stockType2);
		CatalogueMapping mapping = CatalogueMapping.parse(yaml, TestMappings.ORIGIN);
		return ProductValidation.forRun(mapping, TestCatalogue.referenceData(),
				new StockItemValidator(ValidationProperties.defaults(), mapping));
	}

	private static AkeneoProduct product(String category) {
		return ProductBuilder.product("uuid-" + category)
			.value("sku", "ACC-1")
			.localized("name", "en_GB", "Leather belt")
			.value("price", price("GBP", "20"))
			.in(category)
			.build();
	}

}
