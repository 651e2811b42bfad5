package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.JsonAssertions.assertJson;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.json;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.metric;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StockItemMapperValueTypesTest {

	static Stream<Arguments> valueTypes() {
		return Stream.of(
				Arguments.of("identifier", "StockType3.Name: { attribute: sku }", "sku", "DRS-0001",
						"/StockType3/Name", "\"DRS-0001\""),
				Arguments.of("textarea, HTML stripped", "LongDescription: { attribute: description }", "description",
						null, "/LongDescription", "\"Hello world & more\""),
				Arguments.of("number string", "SalesMultiple: { attribute: lead_time_days }", "lead_time_days",
						"12.5000", "/SalesMultiple", "12.5"),
				Arguments.of("number", "SalesMultiple: { attribute: lead_time_days }", "lead_time_days", 7,
						"/SalesMultiple", "7"),
				Arguments.of("number as text", "StockType3.Name: { attribute: lead_time_days }", "lead_time_days",
						"12.0", "/StockType3/Name", "\"12\""),
				Arguments.of("boolean", "Options.PublishOnWeb: { attribute: web_visible }", "web_visible", false,
						"/Options/PublishOnWeb", "false"),
				Arguments.of("date", "UserDefinedFields.Released: { attribute: release_date }", "release_date",
						"2024-03-01T00:00:00+00:00", "/UserDefinedFields",
						"[{\"Name\":\"Released\",\"Value\":\"2024-03-01T00:00:00\"}]"),
				Arguments.of("date with offset keeps the calendar date",
						"UserDefinedFields.Released: { attribute: release_date }", "release_date",
						"2024-03-01T00:00:00+02:00", "/UserDefinedFields/0/Value", "\"2024-03-01T00:00:00\""),
				Arguments.of("date only", "StockType3.Name: { attribute: release_date }", "release_date", "2024-12-31",
						"/StockType3/Name", "\"2024-12-31T00:00:00\""),
				Arguments.of("price in default currency", "SellPrice.Net: { attribute: price }", "price",
						price("EUR", "14.00", "GBP", "12.50"), "/SellPrice/Net", "12.5"),
				Arguments.of("price in field currency", "SellPrice.Gross: { attribute: price, currency: EUR }", "price",
						price("EUR", "14.00", "GBP", "12.50"), "/SellPrice/Gross", "14"),
				Arguments.of("price as JSON number", "SellPrice.Net: { attribute: price }", "price",
						json("[{\"amount\":120,\"currency\":\"GBP\"}]"), "/SellPrice/Net", "120"),
				Arguments.of("metric", "AverageWeight: { attribute: weight, unit: KILOGRAM }", "weight",
						metric("1250", "GRAM"), "/AverageWeight", "1.25"),
				Arguments.of("simple select code", "Manufacturer.Name: { attribute: brand }", "brand", "acme",
						"/Manufacturer/Name", "\"acme\""),
				Arguments.of("simple select label", "Manufacturer.Name: { attribute: brand, as: label }", "brand",
						"acme", "/Manufacturer/Name", "\"Acme Outfitters\""),
				Arguments.of("simple select label in field locale",
						"Manufacturer.Name: { attribute: brand, as: label, locale: fr_FR }", "brand", "acme",
						"/Manufacturer/Name", "\"Acme Vêtements\""),
				Arguments.of("simple select without label falls back to code",
						"Manufacturer.Name: { attribute: brand, as: label }", "brand", "nolabel", "/Manufacturer/Name",
						"\"nolabel\""),
				Arguments.of("unknown option falls back to code", "Manufacturer.Name: { attribute: brand, as: label }",
						"brand", "gone", "/Manufacturer/Name", "\"gone\""),
				Arguments.of("multi select codes", "UserDefinedFields.Materials: { attribute: materials }",
						"materials", List.of("linen", "cotton"), "/UserDefinedFields/0/Value", "\"linen, cotton\""),
				Arguments.of("multi select labels", "StockType4.Name: { attribute: materials, as: label }", "materials",
						List.of("linen", "cotton"), "/StockType4/Name", "\"Linen, Cotton\""),
				Arguments.of("barcode", "Barcodes: { attribute: ean, barcode-type: EAN13 }", "ean", "5012345678900",
						"/Barcodes", "[{\"Barcode\":\"5012345678900\",\"Type\":{\"Name\":\"EAN13\"}}]"),
				Arguments.of("user-defined number", "UserDefinedFields.LeadDays: { attribute: lead_time_days }",
						"lead_time_days", "12", "/UserDefinedFields", "[{\"Name\":\"LeadDays\",\"Value\":12}]"),
				Arguments.of("user-defined boolean", "UserDefinedFields.Web: { attribute: web_visible }", "web_visible",
						true, "/UserDefinedFields/0/Value", "true"),
				Arguments.of("constant number", "SalesMultiple: { constant: 6 }", "sku", "X", "/SalesMultiple", "6"),
				Arguments.of("constant number for a text field", "TaxRate.ID: { constant: 1 }", "sku", "X",
						"/TaxRate/ID", "\"1\""),
				Arguments.of("constant boolean", "Options.Discontinued: { constant: false }", "sku", "X",
						"/Options/Discontinued", "false"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("valueTypes")
	void mapsEachAkeneoValueTypeToItsKhaosShape(String type, String fieldLine, String attribute, Object data,
			String pointer, String expected) {
		// given
		StockItemMapper mapper = TestMappings.mapper(fieldLine);
		ProductBuilder product = ProductBuilder.valid("DRS-0001").without(attribute);
		if (attribute.equals("description")) {
			product.scoped("description", "en_GB", "ecommerce", "<p>Hello <b>world</b> &amp; more</p>");
		}
		else {
			product.value(attribute, data);
		}

		// when
		MappingResult result = mapper.map(product.build());

		// then
		assertThat(result.problems()).isEmpty();
		assertJson(result.item().forCreate().at(pointer), expected);
	}

}
