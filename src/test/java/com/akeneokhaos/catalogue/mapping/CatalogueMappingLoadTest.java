package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueMappingLoadTest {

	static Stream<Arguments> malformedFields() {
		return Stream.of(
				Arguments.of("ShortDescripton: { attribute: name }", "ShortDescripton",
						"is not a Khaos StockItem field (did you mean 'ShortDescription'?)"),
				Arguments.of("Height: { atribute: height, unit: CENTIMETER }", "Height",
						"has unknown key 'atribute' (did you mean 'attribute'?)"),
				Arguments.of("Height: { attribute: height, unit: CENTIMETER, owner: sometimes }", "Height",
						"has owner 'sometimes'; use always, on-create or never"),
				Arguments.of("BuyPrice.Net: { attribute: cost_price, owner: always }", "BuyPrice.Net",
						"cannot have owner 'always': Khaos owns it once the item exists, so it allows only on-create"),
				Arguments.of("LeadTime: { attribute: lead_time_days, owner: always }", "LeadTime",
						"cannot have owner 'always': Khaos owns it, so it allows only never"),
				Arguments.of("Height: { attribute: height, unit: CENTIMETER, owner: never }", "Height",
						"cannot have owner 'never': Akeneo owns it, so it allows only always or on-create"),
				Arguments.of("Height: { unit: CENTIMETER }", "Height",
						"has no source: give 'attribute', 'category-level' or 'constant'"),
				Arguments.of("StockType3.Name: { attribute: season, category-level: 3 }", "StockType3.Name",
						"has both 'attribute' and 'category-level'; give only one source"),
				Arguments.of("StockID: { attribute: sku }", "StockID", "is set by the sync itself"),
				Arguments.of("UserDefinedFields.: { attribute: ean }", "UserDefinedFields.", "needs a name"),
				Arguments.of("Height: height", "Height", "must be a map such as { attribute: sku }"),
				Arguments.of("Options.PublishOnWeb: { constant: maybe }", "Options.PublishOnWeb",
						"has constant \"maybe\", but it holds true or false"),
				Arguments.of("SalesMultiple: { constant: lots, owner: on-create }", "SalesMultiple", "it holds a number"),
				Arguments.of("TaxRate.Name: { constant: Standard, currency: GBP, owner: on-create }", "TaxRate.Name",
						"has 'currency', which does not apply to a constant source"),
				Arguments.of("StockType3.Name: { category-level: 0 }", "StockType3.Name",
						"use a whole number from 1"),
				Arguments.of("StockType3.Name: { category-level: two }", "StockType3.Name",
						"use a whole number from 1"),
				Arguments.of("Height: { category-level: 1 }", "Height", "holds a number, not a category name"),
				Arguments.of("Manufacturer.Name: { attribute: brand, as: name }", "Manufacturer.Name",
						"has as 'name'; use code or label"),
				Arguments.of("Barcodes: { attribute: ean }", "Barcodes", "needs 'barcode-type'"),
				Arguments.of("Height: { attribute: height, unit: CENTIMETER, barcode-type: EAN13 }", "Height",
						"has 'barcode-type', which only applies to Barcodes"),
				Arguments.of("Barcodes: { constant: '5012345678900', barcode-type: EAN13 }", "Barcodes",
						"never a constant"),
				Arguments.of("Height: { attribute: [height], unit: CENTIMETER }", "Height", "which is not a text"),
				Arguments.of("StockCode: { attribute: ean }", "StockCode", "is listed more than once"),
				Arguments.of("UserDefinedFields.A: { attribute: ean }\n  UserDefinedFields.B: { attribute: season, "
						+ "owner: on-create }", "UserDefinedFields.B", "give them all the same owner"));
	}

	@ParameterizedTest(name = "{1}: {2}")
	@MethodSource("malformedFields")
	void rejectsAMalformedFieldNamingFileAndField(String fieldLine, String field, String problem) {
		// given
		String yaml = TestMappings.yamlWith(fieldLine);

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, "catalogue-mapping.yml"))
			.isInstanceOf(MappingException.class)
			.hasMessageStartingWith("catalogue-mapping.yml: ")
			.hasMessageContaining("'" + field + "'")
			.hasMessageContaining(problem);
	}

	@Test
	void namesTheMisspeltFieldAndTheFieldItProbablyMeant() {
		// given
		String yaml = TestMappings.yamlWith("ShortDescripton: { attribute: name }");

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, "catalogue-mapping.yml"))
			.hasMessage("catalogue-mapping.yml: field 'ShortDescripton' is not a Khaos StockItem field "
					+ "(did you mean 'ShortDescription'?)");
	}

	static Stream<Arguments> malformedFiles() {
		String fields = "fields:\n" + TestMappings.REQUIRED_FIELDS;
		return Stream.of(Arguments.of("fields: [", "is not valid YAML"),
				Arguments.of("- just\n- a list\n", "must be a map with 'defaults' and 'fields'"),
				Arguments.of(TestMappings.DEFAULTS + "feilds:\n" + TestMappings.REQUIRED_FIELDS,
						"has unknown top-level key 'feilds' (did you mean 'fields'?)"),
				Arguments.of("defaults: { scope: ecommerce }\n" + fields, "defaults needs 'locale'"),
				Arguments.of("defaults: { locale: en_GB, scope: ecommerce, curency: GBP }\n" + fields,
						"defaults has unknown key 'curency' (did you mean 'currency'?)"),
				Arguments.of(TestMappings.DEFAULTS, "needs 'fields:'"),
				Arguments.of(TestMappings.DEFAULTS + fields.replace("  StockType2.Name: { category-level: 2 }\n", ""),
						"field 'StockType2.Name' is required by Khaos but not mapped"),
				Arguments.of("defaults: { locale: en_GB, scope: ecommerce }\n" + fields,
						"field 'StockType1.Name' takes a category level, but defaults has no category-tree"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("malformedFiles")
	void rejectsAMalformedFileNamingTheFile(String yaml, String problem) {
		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, "catalogue-mapping.yml"))
			.isInstanceOf(MappingException.class)
			.hasMessageStartingWith("catalogue-mapping.yml: ")
			.hasMessageContaining(problem);
	}

	@Test
	void reportsEveryProblemAtOnce() {
		// given
		String yaml = TestMappings.yamlWith("Heigth: { attribute: height }", "Width: { attribute: width, owner: x }");

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, "catalogue-mapping.yml"))
			.isInstanceOfSatisfying(MappingException.class, ex -> assertThat(ex.problems()).hasSize(2)
				.anySatisfy(p -> assertThat(p).contains("'Heigth'", "did you mean 'Height'"))
				.anySatisfy(p -> assertThat(p).contains("'Width'", "owner 'x'")));
	}

	@Test
	void givesEachFieldItsDefaultOwnership() {
		// given
		String yaml = TestMappings.yamlWith("BuyPrice.Net: { attribute: cost_price }",
				"LeadTime: { attribute: lead_time_days }", "Height: { attribute: height, unit: CENTIMETER }");

		// when
		CatalogueMapping mapping = CatalogueMapping.parse(yaml, "m.yml");

		// then
		assertThat(mapping.field("BuyPrice.Net").orElseThrow().owner()).isEqualTo(Ownership.ON_CREATE);
		assertThat(mapping.field("LeadTime").orElseThrow().owner()).isEqualTo(Ownership.NEVER);
		assertThat(mapping.field("Height").orElseThrow().owner()).isEqualTo(Ownership.ALWAYS);
		assertThat(mapping.field("Height").orElseThrow().source()).isEqualTo(
				new Source.FromAttribute("height", null, null, null, "CENTIMETER", Source.Show.CODE));
	}

	@Test
	void failsClearlyWhenTheFileIsMissing() {
		// when / then
		assertThatThrownBy(() -> CatalogueMapping.load(Path.of("jobs/no-such-mapping.yml")))
			.isInstanceOf(MappingException.class)
			.hasMessageStartingWith("jobs/no-such-mapping.yml: mapping file not found")
			.hasMessageContaining("sync.mapping-file");
	}

}
