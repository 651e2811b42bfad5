package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MappingAgainstAkeneoTest {

	static Stream<Arguments> mismatches() {
		return Stream.of(
				Arguments.of("Height: { attribute: heigth, unit: CENTIMETER }", "Height",
						"uses attribute 'heigth', which does not exist in Akeneo (did you mean 'height'?)"),
				Arguments.of("LeadTime: { attribute: lead_time, owner: never }", "LeadTime",
						"uses attribute 'lead_time', which does not exist in Akeneo"),
				Arguments.of("Options.PublishOnWeb: { attribute: name }", "Options.PublishOnWeb",
						"holds a boolean value, which attribute 'name' (pim_catalog_text) cannot give"),
				Arguments.of("SellPrice.Net: { attribute: name }", "SellPrice.Net", "holds a number value"),
				Arguments.of("Barcodes: { attribute: description, barcode-type: EAN13 }", "Barcodes",
						"holds a barcode value"),
				Arguments.of("UserDefinedFields.Photo: { attribute: photo }", "UserDefinedFields.Photo",
						"attribute 'photo' (pim_catalog_image), a type the sync cannot read"),
				Arguments.of("StockType3.Name: { attribute: ean, as: label }", "StockType3.Name",
						"asks for labels (as: label), but attribute 'ean' is not a simple or multi select"),
				Arguments.of("SellPrice.Net: { attribute: price, currency: USD }", "SellPrice.Net",
						"uses currency 'USD', which no Akeneo channel has"),
				Arguments.of("Height: { attribute: height, unit: CENTIMETER, currency: GBP }", "Height",
						"has currency, but attribute 'height' is not a price"),
				Arguments.of("AverageWeight: { attribute: weight }", "AverageWeight",
						"gives no unit; say which unit Khaos expects for attribute 'weight', one of GRAIN, GRAM"),
				Arguments.of("AverageWeight: { attribute: weight, unit: LITER }", "AverageWeight",
						"has unit 'LITER', which is not a Weight unit"),
				Arguments.of("SalesMultiple: { attribute: lead_time_days, unit: GRAM }", "SalesMultiple",
						"has unit, but attribute 'lead_time_days' is not a metric"),
				Arguments.of("UserDefinedFields.Temp: { attribute: temperature, unit: CELSIUS }",
						"UserDefinedFields.Temp", "measured in 'Temperature', which the sync cannot convert"),
				Arguments.of("Manufacturer.Name: { attribute: brand, as: label, locale: de_DE }", "Manufacturer.Name",
						"uses locale 'de_DE', which is not enabled in Akeneo"),
				Arguments.of("LongDescription: { attribute: description, scope: mobile }", "LongDescription",
						"uses scope 'mobile', which is not an Akeneo channel"));
	}

	@ParameterizedTest(name = "{1}: {2}")
	@MethodSource("mismatches")
	void refusesAMappingThatDoesNotFitAkeneo(String fieldLine, String field, String problem) {
		// given
		CatalogueMapping mapping = TestMappings.with(fieldLine);

		// when / then
		assertThatThrownBy(() -> new StockItemMapper(mapping, TestCatalogue.referenceData()))
			.isInstanceOf(MappingException.class)
			.hasMessageStartingWith(TestMappings.ORIGIN + ": field '" + field + "' ")
			.hasMessageContaining(problem);
	}

	static Stream<Arguments> defaultsMismatches() {
		return Stream.of(Arguments.of("locale: en_US, scope: ecommerce, currency: GBP, category-tree: master",
				"defaults uses locale 'en_US', which is not enabled in Akeneo (did you mean 'en_GB'?)"),
				Arguments.of("locale: en_GB, scope: web, currency: GBP, category-tree: master",
						"defaults uses scope 'web', which is not an Akeneo channel"),
				Arguments.of("locale: en_GB, scope: ecommerce, category-tree: mastr",
						"field 'StockType1.Name' takes a category level of tree 'mastr', which is not a category tree "
								+ "in Akeneo (did you mean 'master'?)"),
				Arguments.of("locale: en_GB, scope: ecommerce, category-tree: womens",
						"field 'StockType2.Name' takes a category level of tree 'womens'"),
				Arguments.of("locale: en_GB, scope: ecommerce, category-tree: master",
						"field 'SellPrice.Net' reads price attribute 'price' but gives no currency"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("defaultsMismatches")
	void refusesDefaultsThatDoNotFitAkeneo(String defaults, String problem) {
		// given
		String yaml = TestMappings.yamlWith("SellPrice.Net: { attribute: price }")
			.replace(TestMappings.DEFAULTS, "defaults: { " + defaults + " }\n");
		CatalogueMapping mapping = CatalogueMapping.parse(yaml, TestMappings.ORIGIN);

		// when / then
		assertThatThrownBy(() -> new StockItemMapper(mapping, TestCatalogue.referenceData()))
			.isInstanceOf(MappingException.class)
			.hasMessageContaining(TestMappings.ORIGIN + ": " + problem);
	}

	@Test
	void acceptsTheShippedMappingAgainstTheTestCatalogue() {
		// when / then
		assertThatCode(() -> new StockItemMapper(TestMappings.shipped(), TestCatalogue.referenceData()))
			.doesNotThrowAnyException();
	}

}
