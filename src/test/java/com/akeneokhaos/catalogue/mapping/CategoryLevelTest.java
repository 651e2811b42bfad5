package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryLevelTest {

	@ParameterizedTest(name = "{0} → {1} / {2} / {3}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"womens_dresses_maxi                | Womenswear | Dresses | Maxi dresses",
			"womens                             | Womenswear | -       | -",
			"mens_shirts,womens_dresses_maxi    | Womenswear | Dresses | Maxi dresses",
			"womens_dresses,mens_shirts         | Menswear   | Shirts  | -",
			"sale_summer_deep                   | -          | -       | -",
			"deleted_category,mens_shirts       | Menswear   | Shirts  | -",
			"accessories_bags                   | accessories| Bags    | -",
			"master                             | -          | -       | -" })
	void takesEachLevelFromTheDeepestCategoryInTheTree(String categories, String level1, String level2,
			String level3) {
		// given
		StockItemMapper mapper = TestMappings.mapper("StockType4.Name: { category-level: 3 }");
		ProductBuilder product = ProductBuilder.product("u").value("sku", "C-1").in(categories.split(","));

		// when
		MappingResult result = mapper.map(product.build());

		// then
		assertThat(text(result, "/StockType1/Name")).isEqualTo(level1);
		assertThat(text(result, "/StockType2/Name")).isEqualTo(level2);
		assertThat(text(result, "/StockType4/Name")).isEqualTo(level3);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "'as: code', womens_dresses", "'locale: fr_FR', Dresses (fr)", "'as: label', Dresses" })
	void showsTheCategoryAsAskedFor(String option, String expected) {
		// given
		StockItemMapper mapper = TestMappings.mapper("StockType3.Name: { category-level: 2, " + option + " }");

		// when
		MappingResult result = mapper.map(ProductBuilder.valid("C-2").build());

		// then
		assertThat(text(result, "/StockType3/Name")).isEqualTo(expected);
	}

	private static String text(MappingResult result, String pointer) {
		var node = result.item().always().at(pointer);
		return node.isMissingNode() ? null : node.stringValue();
	}

}
