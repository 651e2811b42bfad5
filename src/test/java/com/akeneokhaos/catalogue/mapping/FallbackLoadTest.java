package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.catalogue.mapping.Source.Show;

class FallbackLoadTest {

	private static final Source LEVEL_3 = new Source.FromCategoryLevel(3, null, Show.LABEL);

	private static final Source LEVEL_2 = new Source.FromCategoryLevel(2, null, Show.LABEL);

	private static final Source LEVEL_1 = new Source.FromCategoryLevel(1, null, Show.LABEL);

	private static final Source GENERAL = new Source.Constant(JsonNodeFactory.instance.stringNode("General"));

	static Stream<Arguments> validChains() {
		return Stream.of(
				Arguments.of("StockType2.Name: { category-level: 2, fallback: { category-level: 1 } }",
						"StockType2.Name", List.of(LEVEL_2, LEVEL_1)),
				Arguments.of("StockType2.Name: { category-level: 2, fallback: { constant: General } }",
						"StockType2.Name", List.of(LEVEL_2, GENERAL)),
				Arguments.of("StockType4.Name: { category-level: 3, fallback: { category-level: 2, "
						+ "fallback: { constant: General } } }", "StockType4.Name", List.of(LEVEL_3, LEVEL_2, GENERAL)),
				Arguments.of("Manufacturer.Name: { attribute: brand, as: label, fallback: { attribute: brand, "
						+ "as: code, locale: fr_FR } }", "Manufacturer.Name",
						List.of(new Source.FromAttribute("brand", null, null, null, null, Show.LABEL),
								new Source.FromAttribute("brand", "fr_FR", null, null, null, Show.CODE))),
				Arguments.of("StockType3.Name: { category-level: 2 }", "StockType3.Name", List.of(LEVEL_2)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validChains")
	void readsTheSourceAndItsFallbacksInTheOrderTheyAreTried(String fieldLine, String field, List<Source> chain) {
		// given
		String yaml = yamlWithField(fieldLine);

		// when
		CatalogueMapping mapping = CatalogueMapping.parse(yaml, "m.yml");

		// then
		assertThat(mapping.field(field).orElseThrow().sources()).isEqualTo(chain);
	}

	@Test
	void keepsTheOwnerOfAFieldWithFallbacks() {
		// given
		String yaml = TestMappings.yamlWith("BuyPrice.Net: { attribute: cost_price, owner: on-create, "
				+ "fallback: { attribute: price } }");

		// when
		FieldMapping buyPrice = CatalogueMapping.parse(yaml, "m.yml").field("BuyPrice.Net").orElseThrow();

		// then
		assertThat(buyPrice.owner()).isEqualTo(Ownership.ON_CREATE);
		assertThat(buyPrice.fallbacks()).containsExactly(
				new Source.FromAttribute("price", null, null, null, null, Show.CODE));
	}

	static Stream<Arguments> malformedFallbacks() {
		return Stream.of(
				Arguments.of("StockType3.Name: { category-level: 2, fallback: General }",
						"fallback is 'General', not a map: write a source such as { category-level: 1 }"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: }", "fallback is empty, not a map"),
				Arguments.of("StockType3.Name: &loop { category-level: 2, fallback: *loop }",
						"fallback is 'loop', not a map"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: { categry-level: 1 } }",
						"fallback has unknown key 'categry-level' (did you mean 'category-level'?)"),
				Arguments.of("StockType3.Name: { category-level: 2, falback: { category-level: 1 } }",
						"has unknown key 'falback' (did you mean 'fallback'?)"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: { as: label } }",
						"fallback has no source: give 'attribute', 'category-level' or 'constant'"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: { category-level: 1, constant: X } }",
						"fallback has both 'category-level' and 'constant'; give only one source"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: { category-level: 1, owner: on-create } }",
						"fallback has 'owner', which belongs to the field: write it next to the field's first source"),
				Arguments.of("Barcodes: { attribute: ean, barcode-type: GTIN, fallback: { attribute: sku, "
						+ "barcode-type: EAN13 } }", "fallback has 'barcode-type', which belongs to the field"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: { constant: General, as: label } }",
						"fallback has 'as', which does not apply to a constant source"),
				Arguments.of("Height: { attribute: height, unit: CENTIMETER, fallback: { constant: tall } }",
						"fallback has constant \"tall\", but it holds a number"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: { category-level: 0 } }",
						"fallback has category-level 0; use a whole number from 1"),
				Arguments.of("StockType3.Name: { constant: General, fallback: { category-level: 1 } }",
						"fallback is never used: the source before it is a constant, which always gives a value"),
				Arguments.of("StockType3.Name: { category-level: 2, fallback: { category-level: 2 } }",
						"fallback repeats the field's own source, so it could never give a value"),
				Arguments.of("StockType3.Name: { category-level: 3, fallback: { category-level: 2, "
						+ "fallback: { category-level: 2 } } }", "fallback 2 repeats fallback 1"),
				Arguments.of("StockType3.Name: { category-level: 3, fallback: { category-level: 2, "
						+ "fallback: { categry-level: 1 } } }", "fallback 2 has unknown key 'categry-level'"),
				Arguments.of("StockType3.Name: " + chainOf(6), "has more than 5 fallbacks; keep the chain to 5"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("malformedFallbacks")
	void rejectsAMalformedFallbackInOneLineNamingFileAndField(String fieldLine, String problem) {
		// given
		String field = fieldLine.substring(0, fieldLine.indexOf(':'));
		String yaml = TestMappings.yamlWith(fieldLine);

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, "catalogue-mapping.yml"))
			.isInstanceOfSatisfying(MappingException.class, ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.startsWith("catalogue-mapping.yml: field '" + field + "' ")
				.contains(problem));
	}

	@Test
	void acceptsTheLongestChainAllowed() {
		// given
		String yaml = TestMappings.yamlWith("StockType3.Name: " + chainOf(5));

		// when
		CatalogueMapping mapping = CatalogueMapping.parse(yaml, "m.yml");

		// then
		assertThat(mapping.field("StockType3.Name").orElseThrow().fallbacks()).hasSize(5);
	}

	@Test
	void needsACategoryTreeForACategoryLevelFallback() {
		// given
		String yaml = "defaults: { locale: en_GB, scope: ecommerce }\nfields:\n"
				+ "  StockCode: { attribute: sku }\n  ShortDescription: { attribute: name }\n"
				+ "  StockType1.Name: { attribute: season }\n"
				+ "  StockType2.Name: { attribute: season, fallback: { category-level: 1 } }\n";

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, "catalogue-mapping.yml"))
			.hasMessage("catalogue-mapping.yml: field 'StockType2.Name' fallback takes a category level, but defaults "
					+ "has no category-tree");
	}

	static Stream<Arguments> fallbacksThatDoNotFitAkeneo() {
		return Stream.of(
				Arguments.of("Height: { attribute: height, unit: CENTIMETER, fallback: { attribute: heigth, "
						+ "unit: CENTIMETER } }", "field 'Height' fallback uses attribute 'heigth', which does not "
								+ "exist in Akeneo (did you mean 'height'?)"),
				Arguments.of("AverageWeight: { attribute: weight, unit: KILOGRAM, fallback: { attribute: volume, "
						+ "unit: KILOGRAM } }", "field 'AverageWeight' fallback has unit 'KILOGRAM', which is not a "
								+ "Volume unit"),
				Arguments.of("StockType3.Name: { attribute: season, fallback: { attribute: brand, fallback: "
						+ "{ category-level: 1, locale: de_DE } } }", "field 'StockType3.Name' fallback 2 uses locale "
								+ "'de_DE', which is not enabled in Akeneo"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("fallbacksThatDoNotFitAkeneo")
	void checksEveryFallbackAgainstAkeneo(String fieldLine, String problem) {
		// given
		CatalogueMapping mapping = TestMappings.with(fieldLine);

		// when / then
		assertThatThrownBy(() -> new StockItemMapper(mapping, TestCatalogue.referenceData()))
			.isInstanceOfSatisfying(MappingException.class, ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.startsWith(TestMappings.ORIGIN + ": " + problem));
	}

	/** The required fields with this field line, replacing the required StockType2.Name if it maps that. */
	private static String yamlWithField(String fieldLine) {
		if (!fieldLine.startsWith("StockType2.Name:")) {
			return TestMappings.yamlWith(fieldLine);
		}
		return TestMappings.yamlWith().replace("StockType2.Name: { category-level: 2 }", fieldLine);
	}

	/** {@code { category-level: 1, fallback: { category-level: 2, ... } }} with {@code fallbacks} fallbacks. */
	private static String chainOf(int fallbacks) {
		StringBuilder chain = new StringBuilder("{ category-level: 1");
		for (int level = 2; level <= fallbacks + 1; level++) {
			chain.append(", fallback: { category-level: ").append(level);
		}
		return chain.append(" }".repeat(fallbacks + 1)).toString();
	}

}
