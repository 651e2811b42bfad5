package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.akeneo.AttributeOption;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;

class BrokenCharacterTest {

	private static final String ADVICE = " (half of an emoji or symbol, often left by copying and pasting): "
			+ "retype the text there (Khaos field ";

	static Stream<Arguments> brokenValues() {
		return Stream.of(
				Arguments.of(null, "name", "Linen ma\ud83d dress", "ShortDescription", "Linen ma\ufffd dress",
						"Attribute 'name' has a broken character at character 9, after 'Linen ma'"),
				Arguments.of(null, "name", "\udc57Dress", "ShortDescription", "\ufffdDress",
						"Attribute 'name' has a broken character at character 1, at the very start"),
				Arguments.of(null, "name", "\ud83d\udc57 Dress \ud83d", "ShortDescription", "\ud83d\udc57 Dress \ufffd",
						"Attribute 'name' has a broken character at character 9, after '\ud83d\udc57 Dress '"),
				Arguments.of("LongDescription: { attribute: description }", "description", "<p>Soft\ud83d</p>",
						"LongDescription", "<p>Soft\ufffd</p>", "Attribute 'description' has a broken character"),
				Arguments.of("Manufacturer.Name: { attribute: brand }", "brand", "ac\ud83dme", "Manufacturer.Name",
						"ac\ufffdme", "Attribute 'brand' has a broken character at character 3, after 'ac'"),
				Arguments.of("UserDefinedFields.Materials: { attribute: materials }", "materials",
						List.of("linen", "cot\udc00ton"), "UserDefinedFields.Materials", "cot\ufffdton",
						"Attribute 'materials' has a broken character"),
				Arguments.of(null, "sku", "DRS\ud83d1", "StockCode", "DRS\ufffd1",
						"Attribute 'sku' has a broken character at character 4, after 'DRS'"),
				Arguments.of("Barcodes: { attribute: ean, barcode-type: GTIN }", "ean", "50123\udc004", "Barcodes",
						"50123\ufffd4", "Attribute 'ean' has a broken character"));
	}

	@ParameterizedTest(name = "{3} ← {1}")
	@MethodSource("brokenValues")
	void refusesATextWithABrokenCharacterSayingWhereItIs(String fieldLine, String attribute, Object value,
			String field, String offending, String message) {
		// given
		StockItemMapper mapper = (fieldLine == null) ? TestMappings.mapper() : TestMappings.mapper(fieldLine);
		ProductBuilder product = ProductBuilder.valid("B-1").without(attribute);
		switch (attribute) {
			case "name" -> product.localized(attribute, "en_GB", value);
			case "description" -> product.scoped(attribute, "en_GB", "ecommerce", value);
			default -> product.value(attribute, value);
		}

		// when
		MappingResult result = mapper.map(product.build());

		// then
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.rule()).isEqualTo(Rule.TEXT_BROKEN_CHARACTER);
			assertThat(problem.field()).isEqualTo(field);
			assertThat(problem.offendingValue()).isEqualTo(offending);
			assertThat(problem.message()).startsWith(message).endsWith(ADVICE + field + ").");
		});
		assertThat(result.item().always().has(field.split("\\.")[0])).isFalse();
	}

	@Test
	void refusesACategoryLabelWithABrokenCharacter() {
		// given
		Map<String, Category> categories = new HashMap<>(TestCatalogue.categories());
		categories.put("shoes", new Category("shoes", "master", Map.of("en_GB", "Sho\ud83des"), null));
		ReferenceData reference = new ReferenceData(TestCatalogue.attributes(), TestCatalogue.options(), categories,
				TestCatalogue.channels(), List.of("en_GB", "fr_FR"), TestCatalogue.referenceData().families());
		StockItemMapper mapper = new StockItemMapper(TestMappings.with(), reference);

		// when
		MappingResult result = mapper.map(ProductBuilder.product("u").value("sku", "S-1").in("shoes").build());

		// then
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.rule()).isEqualTo(Rule.TEXT_BROKEN_CHARACTER);
			assertThat(problem.field()).isEqualTo("StockType1.Name");
			assertThat(problem.message()).isEqualTo("The en_GB label of category 'shoes' has a broken character at "
					+ "character 4, after 'Sho'" + ADVICE + "StockType1.Name).");
		});
	}

	@Test
	void refusesAnOptionLabelWithABrokenCharacter() {
		// given
		Map<String, Map<String, AttributeOption>> options = new HashMap<>(TestCatalogue.options());
		options.put("brand", Map.of("acme", new AttributeOption("acme", Map.of("en_GB", "Ac\ud83dme"))));
		ReferenceData reference = new ReferenceData(TestCatalogue.attributes(), options, TestCatalogue.categories(),
				TestCatalogue.channels(), List.of("en_GB", "fr_FR"), TestCatalogue.referenceData().families());
		StockItemMapper mapper = new StockItemMapper(
				TestMappings.with("Manufacturer.Name: { attribute: brand, as: label }"), reference);

		// when
		MappingResult result = mapper.map(ProductBuilder.valid("O-1").value("brand", "acme").build());

		// then
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.rule()).isEqualTo(Rule.TEXT_BROKEN_CHARACTER);
			assertThat(problem.offendingValue()).isEqualTo("Ac\ufffdme");
			assertThat(problem.message()).isEqualTo("Attribute 'brand' has a broken character at character 3, after "
					+ "'Ac'" + ADVICE + "Manufacturer.Name).");
		});
	}

	@Test
	void acceptsWholeEmojiAndOtherCharactersOutsideTheBasicPlane() {
		// given
		StockItemMapper mapper = TestMappings.mapper();
		ProductBuilder product = ProductBuilder.valid("B-2").without("name")
			.localized("name", "en_GB", "Dress \ud83d\udc57 \ud835\udd38");

		// when
		MappingResult result = mapper.map(product.build());

		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.item().always().path("ShortDescription").stringValue())
			.isEqualTo("Dress \ud83d\udc57 \ud835\udd38");
	}

	@Test
	void refusesAConstantWithABrokenCharacterAtStartUp() {
		// given
		String yaml = TestMappings.yamlWith("StockType3.Name: { constant: \"Bad\\uD800\" }");

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, "catalogue-mapping.yml"))
			.hasMessage("catalogue-mapping.yml: field 'StockType3.Name' has constant 'Bad\ufffd', which has a "
					+ "broken character at character 4, after 'Bad' (half of an emoji or symbol, often left by "
					+ "copying and pasting): retype the text there");
	}

}
