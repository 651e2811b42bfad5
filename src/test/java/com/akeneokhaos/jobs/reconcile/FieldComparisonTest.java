package com.akeneokhaos.jobs.reconcile;

import static com.akeneokhaos.catalogue.mapping.Ownership.ALWAYS;
import static com.akeneokhaos.catalogue.mapping.Ownership.ON_CREATE;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.metric;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.JsonAssertions;
import com.akeneokhaos.catalogue.mapping.Ownership;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.StockItemMapper;
import com.akeneokhaos.catalogue.mapping.TestCatalogue;

/**
 * Field by field comparison of the mapped payload with the item Khaos uploaded: Khaos's own spelling of a
 * value (numbers as strings, trailing zeros, line endings, bracketed parent stock types) is not drift, a
 * real edit is, and a field Khaos does not report is not compared.
 */
class FieldComparisonTest {

	private static final String MAPPING = """
			defaults: { locale: en_GB, scope: ecommerce, currency: GBP, category-tree: master }
			fields:
			  StockCode: { attribute: sku }
			  ShortDescription: { attribute: name }
			  LongDescription: { attribute: description }
			  SellPrice.Net: { attribute: price, currency: GBP }
			  BuyPrice.Net: { attribute: cost_price, owner: on-create }
			  TaxRate.Name: { constant: Standard, owner: on-create }
			  StockType1.Name: { category-level: 1 }
			  StockType2.Name: { category-level: 2 }
			  StockType3.Name: { category-level: 3 }
			  Manufacturer.Name: { attribute: brand, as: label }
			  AverageWeight: { attribute: weight, unit: KILOGRAM }
			  Options.PublishOnWeb: { attribute: web_visible }
			  Options.StockControlled: { constant: true, owner: on-create }
			  Barcodes: { attribute: ean, barcode-type: GTIN }
			  UserDefinedFields.Materials: { attribute: materials, as: label }
			  UserDefinedFields.ReleaseDate: { attribute: release_date }
			  LeadTime: { attribute: lead_time_days, owner: never }
			""";

	/** What the mapping makes of the product ({@code forCreate()}), as {@link #mapperMakesThisPayload} shows. */
	private static final ObjectNode MAPPED = object("""
			{"StockCode": "KH-1", "ShortDescription": "Linen maxi dress", "LongDescription": "Line one\\nLine two",
			 "SellPrice": {"Net": 12.5}, "BuyPrice": {"Net": 20}, "TaxRate": {"Name": "Standard"},
			 "StockType1": {"Name": "Womenswear"}, "StockType2": {"Name": "Dresses"},
			 "StockType3": {"Name": "Maxi dresses"}, "Manufacturer": {"Name": "Acme Outfitters"},
			 "AverageWeight": 0.35, "Options": {"PublishOnWeb": true, "StockControlled": true},
			 "Barcodes": [{"Barcode": "5012345678900", "Type": {"Name": "GTIN"}}],
			 "UserDefinedFields": [{"Name": "Materials", "Value": "Linen"},
			                       {"Name": "ReleaseDate", "Value": "2024-03-01T00:00:00"}]}
			""");

	/** The same item as Khaos uploads it (shape of the official StockUpload sample): in step with {@link #MAPPED}. */
	private static final ObjectNode KHAOS = object("""
			{"StockID": "6027", "StockCode": "KH-1", "ShortDescription": "Linen maxi dress",
			 "LongDescription": "Line one\\r\\nLine two\\r\\n",
			 "SellPrice": {"Net": "12.5000", "Gross": 15.0}, "BuyPrice": {"Net": 20.0},
			 "TaxRate": {"Code": "1", "ID": "1", "Name": "Standard"},
			 "StockType1": {"ID": "18", "Name": "Womenswear"},
			 "StockType2": {"ID": "14", "Name": "[Womenswear] Dresses"},
			 "StockType3": {"ID": "3", "Name": "[Dresses] Maxi dresses"},
			 "Manufacturer": {"ID": "7", "Name": "Acme Outfitters"},
			 "AverageWeight": 0.350, "LeadTime": 1, "SalesMultiple": 1.0,
			 "Options": {"Discontinued": false, "PublishOnWeb": true, "StockControlled": true},
			 "Barcodes": [{"Barcode": "5012345678900", "Type": {"ID": "2", "Name": "GTIN"}}],
			 "Images": [{"Name": "Image url", "Filename": "https://cdn.example/dress.jpg"}],
			 "UserDefinedFields": [{"Name": "Colour", "Value": "Blue"}, {"Name": "Materials", "Value": "Linen"},
			                       {"Name": "ReleaseDate", "Value": "2024-03-01T00:00:00"}]}
			""");

	private final FieldComparison comparison = new FieldComparison(CatalogueMapping.parse(MAPPING, "test"));

	@Test
	void mapperMakesThisPayload() {
		// given
		StockItemMapper mapper = new StockItemMapper(CatalogueMapping.parse(MAPPING, "test"),
				TestCatalogue.referenceData());
		ProductBuilder product = ProductBuilder.valid("KH-1")
			.without("price")
			.value("price", price("GBP", "12.50"))
			.scoped("description", "en_GB", "ecommerce", "<p>Line one</p><p>Line two</p>")
			.value("cost_price", price("GBP", "20"))
			.value("brand", "acme")
			.value("weight", metric("350", "GRAM"))
			.value("web_visible", true)
			.value("ean", "5012345678900")
			.value("materials", List.of("linen"))
			.value("release_date", "2024-03-01T00:00:00+00:00");

		// when
		ObjectNode payload = mapper.map(product.build()).item().forCreate();

		// then
		JsonAssertions.assertJson(payload, MAPPED.toString());
	}

	@Test
	void identicalPayloadsHaveNoDifference() {
		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, MAPPED.deepCopy());

		// then
		assertThat(differences).isEmpty();
	}

	@Test
	void theItemAsKhaosSpellsItIsInStep() {
		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, KHAOS);

		// then
		assertThat(differences).isEmpty();
	}

	static Stream<Arguments> khaosSpellings() {
		return Stream.of(Arguments.of("/SellPrice/Net", "12.5"), Arguments.of("/SellPrice/Net", "12.50"),
				Arguments.of("/SellPrice/Net", "12.5E0"), Arguments.of("/SellPrice/Net", "\"12.5\""),
				Arguments.of("/SellPrice/Net", "\" 1.25E1 \""), Arguments.of("/BuyPrice/Net", "\"20.00\""),
				Arguments.of("/AverageWeight", "0.3500"), Arguments.of("/Options/PublishOnWeb", "\"true\""),
				Arguments.of("/Options/PublishOnWeb", "\"TRUE\""), Arguments.of("/Options/StockControlled", "\"True\""),
				Arguments.of("/ShortDescription", "\"Linen  maxi dress \""),
				Arguments.of("/ShortDescription", "\" Linen\\tmaxi\\r\\ndress\\u00a0\""),
				Arguments.of("/LongDescription", "\"Line one\\nLine two\""),
				Arguments.of("/LongDescription", "\"Line one \\t\\rLine two\\n\\n \""),
				Arguments.of("/StockType2/Name", "\"Dresses\""),
				Arguments.of("/StockType2/Name", "\"[Womenswear]  Dresses\""),
				Arguments.of("/StockType3/Name", "\"Maxi dresses\""),
				Arguments.of("/StockType3/Name", "\"[[Womenswear] Dresses] Maxi dresses\""),
				Arguments.of("/Barcodes", """
						[{"Barcode": "5012345678900", "Type": {"Name": "GTIN"}, "ID": "9"}]"""),
				Arguments.of("/UserDefinedFields/1/Value", "\" Linen \""),
				Arguments.of("/UserDefinedFields/0", """
						{"Name": "Notes", "Value": "Khaos only: not mapped"}"""));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("khaosSpellings")
	void khaosSpellingOfTheSameValueIsNoDifference(String pointer, String khaosJson) {
		// given
		ObjectNode khaos = with(KHAOS, pointer, khaosJson);

		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, khaos);

		// then
		assertThat(differences).isEmpty();
	}

	static Stream<Arguments> unreported() {
		return Stream.of(Arguments.of("/ShortDescription"), Arguments.of("/SellPrice/Net"), Arguments.of("/SellPrice"),
				Arguments.of("/Options"), Arguments.of("/StockType2"), Arguments.of("/Barcodes"),
				Arguments.of("/UserDefinedFields/1"), Arguments.of("/UserDefinedFields"),
				Arguments.of("/TaxRate"));
	}

	@ParameterizedTest(name = "{0} absent")
	@MethodSource("unreported")
	void aFieldKhaosDoesNotReportIsNotCompared(String pointer) {
		// given
		ObjectNode khaos = with(KHAOS, pointer, null);

		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, khaos);

		// then
		assertThat(differences).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"StockID\": \"6027\"}", "{}", "null", "[]" })
	void anItemKhaosReportsNothingOfHasNoDifference(String khaosJson) {
		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, JsonMapper.shared().readTree(khaosJson));

		// then
		assertThat(differences).isEmpty();
	}

	static Stream<Arguments> lists() {
		String gtin = "{\"Barcode\": \"5012345678900\", \"Type\": {\"Name\": \"GTIN\"}}";
		String ean = "{\"Barcode\": \"4006381333931\", \"Type\": {\"Name\": \"EAN\"}}";
		return Stream.of(Arguments.of("/Barcodes", list(gtin, ean), list(ean, gtin), List.of()),
				Arguments.of("/Barcodes", list(gtin, ean), list(gtin, ean, gtin), List.of("Barcodes")));
	}

	@ParameterizedTest(name = "{0}: {1} / {2}")
	@MethodSource("lists")
	void barcodesCompareInAnyOrder(String pointer, String ourJson, String khaosJson,
			List<String> differing) {
		// given
		ObjectNode mapped = with(MAPPED, pointer, ourJson);
		ObjectNode khaos = with(KHAOS, pointer, khaosJson);

		// when
		List<FieldDifference> differences = comparison.differences(mapped, khaos);

		// then
		assertThat(differences).extracting(FieldDifference::field).containsExactlyElementsOf(differing);
	}

	static Stream<Arguments> khaosEdits() {
		return Stream.of(
				Arguments.of(edit("/ShortDescription", "\"Linen midi dress\""),
						difference("ShortDescription", ALWAYS, "Linen maxi dress", "Linen midi dress")),
				Arguments.of(edit("/ShortDescription", "\"linen maxi dress\""),
						difference("ShortDescription", ALWAYS, "Linen maxi dress", "linen maxi dress")),
				Arguments.of(edit("/ShortDescription", "\"Linen maxi dréss\""),
						difference("ShortDescription", ALWAYS, "Linen maxi dress", "Linen maxi dréss")),
				Arguments.of(edit("/ShortDescription", "\"\""),
						difference("ShortDescription", ALWAYS, "Linen maxi dress", null)),
				Arguments.of(edit("/ShortDescription", "null"),
						difference("ShortDescription", ALWAYS, "Linen maxi dress", null)),
				Arguments.of(edit("/LongDescription", "\"Line one\\r\\nLine 2\""),
						difference("LongDescription", ALWAYS, "Line one\nLine two", "Line one\nLine 2")),
				Arguments.of(edit("/LongDescription", "\"Line one Line two\""),
						difference("LongDescription", ALWAYS, "Line one\nLine two", "Line one Line two")),
				Arguments.of(edit("/SellPrice/Net", "13"), difference("SellPrice.Net", ALWAYS, "12.5", "13")),
				Arguments.of(edit("/SellPrice/Net", "\"13.00\""), difference("SellPrice.Net", ALWAYS, "12.5", "13.00")),
				Arguments.of(edit("/SellPrice/Net", "\"n/a\""), difference("SellPrice.Net", ALWAYS, "12.5", "n/a")),
				Arguments.of(edit("/SellPrice", "null"), difference("SellPrice.Net", ALWAYS, "12.5", null)),
				Arguments.of(edit("/Options/PublishOnWeb", "false"),
						difference("Options.PublishOnWeb", ALWAYS, "true", "false")),
				Arguments.of(edit("/Options/PublishOnWeb", "\"False\""),
						difference("Options.PublishOnWeb", ALWAYS, "true", "False")),
				Arguments.of(edit("/Options/PublishOnWeb", "\"yes\""),
						difference("Options.PublishOnWeb", ALWAYS, "true", "yes")),
				Arguments.of(edit("/Barcodes", "[]"), difference("Barcodes", ALWAYS, "5012345678900 (GTIN)", null)),
				Arguments.of(edit("/Barcodes", """
						[{"Barcode": "5012345678900", "Type": {"Name": "EAN"}}]"""),
						difference("Barcodes", ALWAYS, "5012345678900 (GTIN)", "5012345678900 (EAN)")),
				Arguments.of(edit("/Barcodes", """
						[{"Barcode": "4006381333931", "Type": {"Name": "GTIN"}},
						 {"Barcode": "5012345678900", "Type": {"Name": "GTIN"}}]"""),
						difference("Barcodes", ALWAYS, "5012345678900 (GTIN)",
								"4006381333931 (GTIN), 5012345678900 (GTIN)")),
				Arguments.of(edit("/UserDefinedFields/1/Value", "\"Oak\""),
						difference("UserDefinedFields.Materials", ALWAYS, "Linen", "Oak")),
				Arguments.of(edit("/UserDefinedFields/1", "{\"Name\": \"Materials\"}"),
						difference("UserDefinedFields.Materials", ALWAYS, "Linen", null)),
				Arguments.of(edit("/StockType2/Name", "\"[Menswear] Dresses\""),
						difference("StockType2.Name", ALWAYS, "Dresses", "[Menswear] Dresses")),
				Arguments.of(
						edit("/StockType2/Name", "\"[Womenswear] Gowns\"", "/StockType3/Name",
								"\"[Gowns] Maxi dresses\""),
						difference("StockType2.Name", ALWAYS, "Dresses", "[Womenswear] Gowns")),
				Arguments.of(edit("/StockType2/Name", "\"Gowns\"", "/StockType3/Name", "\"[Gowns] Maxi dresses\""),
						difference("StockType2.Name", ALWAYS, "Dresses", "Gowns")),
				Arguments.of(edit("/StockType1/Name", "\"Ladieswear\"", "/StockType2/Name", "\"[Ladieswear] Dresses\""),
						difference("StockType1.Name", ALWAYS, "Womenswear", "Ladieswear")),
				Arguments.of(edit("/StockType3/Name", "\"[Womenswear] Maxi dresses\""),
						difference("StockType3.Name", ALWAYS, "Maxi dresses", "[Womenswear] Maxi dresses")),
				Arguments.of(edit("/BuyPrice/Net", "18.5"), difference("BuyPrice.Net", ON_CREATE, "20", "18.5")),
				Arguments.of(edit("/TaxRate/Name", "\"Zero\""),
						difference("TaxRate.Name", ON_CREATE, "Standard", "Zero")),
				Arguments.of(edit("/Options/StockControlled", "false"),
						difference("Options.StockControlled", ON_CREATE, "true", "false")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("khaosEdits")
	void anEditInKhaosIsADifference(Map<String, String> edits, FieldDifference expected) {
		// given
		ObjectNode khaos = KHAOS;
		for (Map.Entry<String, String> edit : edits.entrySet()) {
			khaos = with(khaos, edit.getKey(), edit.getValue());
		}

		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, khaos);

		// then
		assertThat(differences).containsExactly(expected);
	}

	static Stream<Arguments> valuesOnlyKhaosHas() {
		return Stream.of(
				Arguments.of("/Manufacturer", "/Manufacturer/Name", "\"Acme\"",
						difference("Manufacturer.Name", ALWAYS, null, "Acme")),
				Arguments.of("/Barcodes", "/Barcodes", """
						[{"Barcode": "4006381333931", "Type": {"Name": "GTIN"}}]""",
						difference("Barcodes", ALWAYS, null, "4006381333931 (GTIN)")),
				Arguments.of("/UserDefinedFields/0", "/UserDefinedFields/1/Value", "\"Oak\"",
						difference("UserDefinedFields.Materials", ALWAYS, null, "Oak")),
				Arguments.of("/AverageWeight", "/AverageWeight", "\"0\"",
						difference("AverageWeight", ALWAYS, null, "0")));
	}

	@ParameterizedTest(name = "we have no {0}, Khaos has {2}")
	@MethodSource("valuesOnlyKhaosHas")
	void aValueOnlyKhaosHasIsADifference(String ourPointer, String khaosPointer, String khaosJson,
			FieldDifference expected) {
		// given
		ObjectNode mapped = with(MAPPED, ourPointer, null);
		ObjectNode khaos = with(KHAOS, khaosPointer, khaosJson);

		// when
		List<FieldDifference> differences = comparison.differences(mapped, khaos);

		// then
		assertThat(differences).containsExactly(expected);
	}

	static Stream<Arguments> emptyValues() {
		return Stream.of(Arguments.of("/Manufacturer", "/Manufacturer/Name", "\"\""),
				Arguments.of("/Manufacturer", "/Manufacturer/Name", "null"),
				Arguments.of("/Manufacturer", "/Manufacturer/Name", "\" \\t \""),
				Arguments.of("/Manufacturer", "/Manufacturer", "null"), Arguments.of("/Barcodes", "/Barcodes", "[]"),
				Arguments.of("/Barcodes", "/Barcodes", "null"),
				Arguments.of("/UserDefinedFields/0", "/UserDefinedFields/1/Value", "\"\""),
				Arguments.of("/UserDefinedFields/0", "/UserDefinedFields/1/Value", "null"),
				Arguments.of("/UserDefinedFields/0", "/UserDefinedFields/1", "{\"Name\": \"Materials\"}"));
	}

	@ParameterizedTest(name = "we have no {0}, Khaos has {2} at {1}")
	@MethodSource("emptyValues")
	void emptyNullAndAbsentAreTheSameNoValue(String ourPointer, String khaosPointer, String khaosJson) {
		// given
		ObjectNode mapped = with(MAPPED, ourPointer, null);
		ObjectNode khaos = with(KHAOS, khaosPointer, khaosJson);

		// when
		List<FieldDifference> differences = comparison.differences(mapped, khaos);

		// then
		assertThat(differences).isEmpty();
	}

	@Test
	void differencesComeInTheMappingsFieldOrder() {
		// given
		ObjectNode khaos = with(with(with(with(KHAOS, "/UserDefinedFields/1/Value", "\"Oak\""), "/Barcodes", "[]"),
				"/SellPrice/Net", "13"), "/ShortDescription", "\"Midi dress\"");

		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, khaos);

		// then
		assertThat(differences).extracting(FieldDifference::field)
			.containsExactly("ShortDescription", "SellPrice.Net", "Barcodes", "UserDefinedFields.Materials");
	}

	static Stream<Arguments> longTexts() {
		String accented = "e\u0301";
		String emoji = "\ud83d\udc57";
		return Stream.of(Arguments.of("a".repeat(200), "a".repeat(200)),
				Arguments.of("a".repeat(201), "a".repeat(200) + "…"),
				Arguments.of("a".repeat(199) + accented + "b", "a".repeat(199) + accented + "…"),
				Arguments.of("a".repeat(199) + emoji + emoji, "a".repeat(199) + emoji + "…"),
				Arguments.of(accented.repeat(200), accented.repeat(200)));
	}

	@ParameterizedTest(name = "{index}: {0}")
	@MethodSource("longTexts")
	void valuesAreCutAfter200CharactersBetweenWholeCharacters(String khaosText, String shown) {
		// given
		ObjectNode khaos = KHAOS.deepCopy().put("ShortDescription", khaosText);

		// when
		List<FieldDifference> differences = comparison.differences(MAPPED, khaos);

		// then
		assertThat(differences).containsExactly(difference("ShortDescription", ALWAYS, "Linen maxi dress", shown));
	}

	/** Edits to the Khaos item: JSON pointer, then the JSON put there; in the order given. */
	private static Map<String, String> edit(String... pointersAndJson) {
		Map<String, String> edits = new LinkedHashMap<>();
		for (int i = 0; i < pointersAndJson.length; i += 2) {
			edits.put(pointersAndJson[i], pointersAndJson[i + 1]);
		}
		return edits;
	}

	private static FieldDifference difference(String field, Ownership owner,
			@Nullable String akeneoValue, @Nullable String khaosValue) {
		return new FieldDifference(field, owner, akeneoValue, khaosValue);
	}

	/** A copy of the item with the value at the pointer replaced by the JSON, or removed when it is null. */
	private static ObjectNode with(ObjectNode item, String pointer, @Nullable String json) {
		ObjectNode copy = item.deepCopy();
		JsonPointer at = JsonPointer.compile(pointer);
		JsonNode parent = copy.at(at.head());
		JsonNode value = (json == null) ? null : JsonMapper.shared().readTree(json);
		if (parent instanceof ArrayNode array) {
			int index = at.last().getMatchingIndex();
			if (value == null) {
				array.remove(index);
			}
			else {
				array.set(index, value);
			}
		}
		else if (value == null) {
			((ObjectNode) parent).remove(at.last().getMatchingProperty());
		}
		else {
			((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
		}
		return copy;
	}

	private static String list(String... elements) {
		return "[" + String.join(", ", elements) + "]";
	}

	private static ObjectNode object(String json) {
		return (ObjectNode) JsonMapper.shared().readTree(json);
	}

}
