package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

class TextLayoutTest {

	static Stream<Arguments> texts() {
		return Stream.of(
				Arguments.of("ShortDescription", "name", "Tab\tand\nnewline", "/ShortDescription", "Tab and newline"),
				Arguments.of("ShortDescription", "name", "  Linen\u00a0maxi   dress\r\n", "/ShortDescription",
						"Linen maxi dress"),
				Arguments.of("ShortDescription", "name", "Wide\u2003space\u202fnarrow\u2028line", "/ShortDescription",
						"Wide space narrow line"),
				Arguments.of("ShortDescription", "name", "Bell\u0007ring", "/ShortDescription", "Bell ring"),
				Arguments.of("ShortDescription", "name", "\u00a0\t\n", "/ShortDescription", null),
				Arguments.of("ShortDescription", "name", "Dress \ud83d\udc57", "/ShortDescription", "Dress \ud83d\udc57"),
				Arguments.of("LongDescription: { attribute: name }", "name", "Line one\nLine two\tend",
						"/LongDescription", "Line one\nLine two\tend"),
				Arguments.of("StockType3.Name: { attribute: name }", "name", "Summer\tsale", "/StockType3/Name",
						"Summer sale"),
				Arguments.of("Manufacturer.Name: { attribute: name }", "name", "Acme\nOutfitters",
						"/Manufacturer/Name", "Acme Outfitters"),
				Arguments.of("UserDefinedFields.Title: { attribute: name }", "name", " Two\n\nlines ",
						"/UserDefinedFields/0/Value", "Two lines"),
				Arguments.of("StockType3.Name: { constant: \"Two\\tparts\" }", "name", "Dress", "/StockType3/Name",
						"Two parts"),
				Arguments.of("StockCode", "sku", "AB\tCD", "/StockCode", "AB\tCD"),
				Arguments.of("Barcodes: { attribute: ean, barcode-type: GTIN }", "ean", " 5012345\t678900",
						"/Barcodes/0/Barcode", " 5012345\t678900"));
	}

	@ParameterizedTest(name = "{0} ← {2}")
	@MethodSource("texts")
	void makesSingleLineFieldsSingleLineAndLeavesOthersAsRead(String field, String attribute, String value,
			String pointer, String expected) {
		// given
		StockItemMapper mapper = field.contains(":") ? TestMappings.mapper(field) : TestMappings.mapper();
		ProductBuilder product = ProductBuilder.valid("T-1").without(attribute);
		if (attribute.equals("name")) {
			product.localized(attribute, "en_GB", value);
		}
		else {
			product.value(attribute, value);
		}

		// when
		MappingResult result = mapper.map(product.build());

		// then
		JsonNode mapped = result.item().always().at(pointer);
		assertThat(mapped.isMissingNode() ? null : mapped.stringValue()).isEqualTo(expected);
		assertThat(result.problems()).isEmpty();
	}

}
