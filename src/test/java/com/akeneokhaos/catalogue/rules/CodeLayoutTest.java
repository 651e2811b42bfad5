package com.akeneokhaos.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.TestMappings;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

class CodeLayoutTest {

	private static final String VALID = """
			{"StockCode":"DRS-1","ShortDescription":"Linen dress","StockType1":{"Name":"Womenswear"},
			 "StockType2":{"Name":"Dresses"}}""";

	private static final String NOT_TIDIED = ". A stock code is used exactly as written, so the sync does not tidy "
			+ "it: correct the SKU in Akeneo.";

	static Stream<Arguments> stockCodes() {
		return Stream.of(
				Arguments.of("[A-Za-z0-9._/-]+", "AB\tCD", List.of(tuple(Rule.STOCK_CODE_CHARACTERS, "The SKU 'AB\tCD' "
						+ "(attribute 'sku') contains characters Khaos does not accept (a tab). Use only letters, "
						+ "digits and . _ / -."))),
				Arguments.of(".+", "AB\tCD", List.of(tuple(Rule.STOCK_CODE_CHARACTERS,
						"The SKU 'AB\tCD' (attribute 'sku') contains a tab" + NOT_TIDIED))),
				Arguments.of("[A-Z0-9 -]+", " DRS-1", List.of(tuple(Rule.STOCK_CODE_CHARACTERS,
						"The SKU ' DRS-1' (attribute 'sku') contains a space at the start or end" + NOT_TIDIED))),
				Arguments.of("\\S+", "DRS\u00a01", List.of(tuple(Rule.STOCK_CODE_CHARACTERS,
						"The SKU 'DRS\u00a01' (attribute 'sku') contains a non-breaking space" + NOT_TIDIED))),
				Arguments.of("[A-Z0-9 -]+", "DRS 1", List.of()));
	}

	@ParameterizedTest(name = "{0}: ''{1}''")
	@MethodSource("stockCodes")
	void refusesAStockCodeWithLayoutCharactersInsteadOfTidyingIt(String pattern, String code, List<Tuple> expected) {
		// given
		StockItemValidator validator = new StockItemValidator(new ValidationProperties(pattern, 30, 250, 25, 100),
				TestMappings.shipped());
		ObjectNode item = object(VALID).put("StockCode", code);

		// when
		List<Violation> violations = validator.validate(new MappedStockItem(code, item, object("{}")));

		// then
		assertThat(violations).extracting(Violation::rule, Violation::message).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> barcodes() {
		return Stream.of(Arguments.of("5012345\t678900", "a tab"), Arguments.of("5012345678900\n", "a line break"),
				Arguments.of(" 5012345678900", "a space at the start or end"),
				Arguments.of("50123\u00a045678900", "a non-breaking space"),
				Arguments.of("5012345\r\n678900 ", "a line break, a space at the start or end"),
				Arguments.of("5012345678900", null));
	}

	@ParameterizedTest(name = "''{0}''")
	@MethodSource("barcodes")
	void refusesABarcodeWithLayoutCharactersInsteadOfTidyingIt(String barcode, String named) {
		// given
		StockItemValidator validator = new StockItemValidator(ValidationProperties.defaults(), TestMappings.shipped());
		ObjectNode item = object(VALID);
		item.withArrayProperty("Barcodes").addObject().put("Barcode", barcode).putObject("Type").put("Name", "GTIN");

		// when
		List<Violation> violations = validator.validate(new MappedStockItem("DRS-1", item, object("{}")));

		// then
		List<Tuple> expected = (named == null) ? List.of() : List.of(tuple(Rule.BARCODE_CHARACTERS, "Barcodes",
				barcode, "The barcode '" + barcode + "' (attribute 'ean') contains " + named + ". Khaos matches "
						+ "barcodes exactly as written, so the sync does not tidy them: correct the barcode in Akeneo."));
		assertThat(violations).extracting(Violation::rule, Violation::field, Violation::offendingValue,
				Violation::message).containsExactlyElementsOf(expected);
	}

	private static ObjectNode object(String json) {
		return (ObjectNode) ProductBuilder.json(json);
	}

}
