package com.akeneokhaos.sandbox.akeneo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CatalogueModelsTest {

	private static final CatalogueSpec SPEC = CatalogueSpec.of(7, 120).withDefectsSpreadEvenly(13).withVariants(3)
		.withModels(4, 3, 3);

	/** Fingerprints of catalogues generated before product models existed: asking for none must not change them. */
	@ParameterizedTest
	@CsvSource({ "plain, 3388a0ddbd3e8716a9a2c86ef224e59bca9566c0152c641ba4905bdee0f431b4",
			"defects, a6385748f208cbf34e1e982d32903ced76d956fc630b8103ce9af1d66d609f5e",
			"duplicates, 5e36c34b9971b69fc1405407258934c4de2396b92f5222147c7c8c908514f88a" })
	void withoutModelsTheCatalogueIsByteIdenticalToBeforeModelsExisted(String name, String fingerprint) {
		// given
		CatalogueSpec spec = switch (name) {
			case "plain" -> CatalogueSpec.of(42, 500);
			case "defects" -> CatalogueSpec.of(7, 600).withDefectsSpreadEvenly(69).withVariants(12);
			default -> CatalogueSpec.of(3, 2000).withDefect(DefectKind.SKU_DUPLICATE_CASE, 30)
				.withDefect(DefectKind.LONG_DEPARTMENT_LABEL, 5);
		};

		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(spec);

		// then
		assertThat(catalogue.fingerprint()).isEqualTo(fingerprint);
		assertThat(catalogue.productModels()).isEmpty();
		assertThat(catalogue.familyVariants()).isEmpty();
		assertThat(catalogue.rootModelCodes()).isEmpty();
		assertThat(catalogue.modelVariantUuids()).isEmpty();
	}

	@Test
	void sameSpecWithModelsGivesTheSameCatalogue() {
		// when
		GeneratedCatalogue first = CatalogueGenerator.generate(SPEC);
		GeneratedCatalogue second = CatalogueGenerator.generate(SPEC);

		// then
		assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
		assertThat(first.fingerprint()).isNotEqualTo(CatalogueGenerator.generate(SPEC.withModels(ModelSpec.NONE))
			.fingerprint());
		assertThat(first.modelVariantUuids()).isEqualTo(second.modelVariantUuids());
	}

	@Test
	void modelsLeaveTheOtherProductsAndTheAnswerKeyUntouched() {
		// given
		GeneratedCatalogue without = CatalogueGenerator.generate(SPEC.withModels(ModelSpec.NONE));

		// when
		GeneratedCatalogue with = CatalogueGenerator.generate(SPEC);

		// then
		assertThat(with.productCount()).isEqualTo(120 + with.modelVariantUuids().size());
		assertThat(with.expectedRejections()).isEqualTo(without.expectedRejections());
		assertThat(with.validUuids()).isEqualTo(without.validUuids());
		assertThat(without.uuids()).allSatisfy(uuid -> assertThat(with.product(uuid)).contains(without.product(uuid)
			.orElseThrow()));
		assertThat(with.uuids()).isSorted();
	}

	@Test
	void buildsOneAndTwoLevelRootModelsWithSubModelsAndVariants() {
		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);

		// then
		assertThat(catalogue.rootModelCodes()).containsExactly("MD-000001", "MD-000002", "MD-000003", "MD-000004",
				"MD-000005", "MD-000006", "MD-000007");
		List<ObjectNode> models = catalogue.productModels();
		assertThat(models).hasSize(7 + 3 * ModelGenerator.SUB_MODELS);
		assertThat(codes(models)).isSorted();
		assertThat(catalogue.modelVariantUuids()).hasSize(4 * 3 + 3 * ModelGenerator.SUB_MODELS * 3)
			.doesNotHaveDuplicates();
		ObjectNode oneLevel = catalogue.productModel("MD-000001").orElseThrow();
		assertThat(oneLevel.get("family_variant").asString()).isEqualTo("clothing_by_size");
		assertThat(catalogue.productModel("MD-000002").orElseThrow().get("family_variant").asString())
			.isEqualTo("homeware_by_colour");
		assertThat(catalogue.variantUuidsOf("MD-000001")).hasSize(3);
		assertThat(catalogue.variantUuidsOf("MD-000005")).hasSize(6);
	}

	@Test
	void rootModelsHoldTheCommonValuesOnly() {
		// when
		ObjectNode root = CatalogueGenerator.generate(SPEC).productModel("MD-000005").orElseThrow();

		// then
		assertThat(root.propertyNames()).containsExactly("code", "family", "family_variant", "parent", "categories",
				"values", "associations", "quantified_associations", "created", "updated");
		assertThat(root.get("parent").isNull()).isTrue();
		assertThat(root.get("family").asString()).isEqualTo("clothing");
		assertThat(root.get("family_variant").asString()).isEqualTo("clothing_by_colour_size");
		assertThat(root.get("categories")).hasSize(1);
		assertThat(root.get("values").propertyNames()).contains("name", "price").doesNotContain("sku", "ean",
				"cost_price", "weight", "colour", "size", "materials");
	}

	@Test
	void subModelsHoldTheirLevelOneAxisValue() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);

		// when
		List<ObjectNode> subs = catalogue.productModels().stream().filter(m -> m.get("parent").isString()).toList();

		// then
		assertThat(subs).hasSize(3 * ModelGenerator.SUB_MODELS).allSatisfy(sub -> {
			String parent = sub.get("parent").asString();
			assertThat(sub.get("code").asString()).startsWith(parent + "-");
			assertThat(sub.get("family_variant").asString()).isEqualTo("clothing_by_colour_size");
			assertThat(sub.get("values").propertyNames()).contains("colour").doesNotContain("name", "sku", "size");
			assertThat(catalogue.variantUuidsOf(sub.get("code").asString())).hasSize(3)
				.isSubsetOf(catalogue.variantUuidsOf(parent));
		});
	}

	@Test
	void variantsCarryTheirParentAxisValuesAndTheMergedValuesOfTheirAncestors() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);
		ObjectNode sub = catalogue.productModel("MD-000005").map(root -> catalogue.productModels().stream()
			.filter(m -> "MD-000005".equals(m.path("parent").asString(null))).findFirst().orElseThrow()).orElseThrow();
		ObjectNode root = catalogue.productModel("MD-000005").orElseThrow();
		String subCode = sub.get("code").asString();

		// when
		List<ObjectNode> variants = catalogue.variantUuidsOf(subCode).stream()
			.map(uuid -> catalogue.product(uuid).orElseThrow()).toList();

		// then
		Set<String> sizes = new HashSet<>();
		assertThat(variants).hasSize(3).allSatisfy(variant -> {
			assertThat(variant.get("parent").asString()).isEqualTo(subCode);
			assertThat(variant.get("family").asString()).isEqualTo("clothing");
			assertThat(variant.get("categories")).isEqualTo(root.get("categories"));
			JsonNode values = variant.get("values");
			assertThat(values.get("name")).isEqualTo(root.get("values").get("name"));
			assertThat(values.get("price")).isEqualTo(root.get("values").get("price"));
			assertThat(values.get("colour")).isEqualTo(sub.get("values").get("colour"));
			String sku = values.get("sku").get(0).get("data").asString();
			assertThat(sku).startsWith("VR-000005-").hasSizeLessThanOrEqualTo(30);
			assertThat(values.get("cost_price")).isNotNull();
			sizes.add(values.get("size").get(0).get("data").asString());
			assertThat(variant.get("updated").asString()).isGreaterThanOrEqualTo(sub.get("updated").asString());
		});
		assertThat(sizes).hasSize(3);
	}

	@Test
	void variantSkusAreUniqueAndApartFromTheOtherProducts() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC.withFiveAxisModels(2));
		Set<String> variantUuids = new HashSet<>(catalogue.modelVariantUuids());

		// when
		List<String> variantSkus = new ArrayList<>();
		List<String> otherSkus = new ArrayList<>();
		catalogue.products().forEach(p -> {
			if (p.path("values").has("sku")) {
				String sku = p.get("values").get("sku").get(0).get("data").asString();
				(variantUuids.contains(p.get("uuid").asString()) ? variantSkus : otherSkus).add(sku);
			}
		});

		// then
		assertThat(variantSkus).hasSize(4 * 3 + 5 * ModelGenerator.SUB_MODELS * 3).doesNotHaveDuplicates()
			.allSatisfy(sku -> assertThat(sku).startsWith("VR-").hasSizeLessThanOrEqualTo(30));
		assertThat(otherSkus).noneSatisfy(sku -> assertThat(sku).startsWithIgnoringCase("VR-"));
	}

	@Test
	void fiveAxisModelsUseAFamilyVariantWithThreePlusTwoAxes() {
		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(CatalogueSpec.of(1, 10).withFiveAxisModels(1));

		// then
		assertThat(catalogue.fiveAxisModelCodes()).containsExactly("MD-000001");
		ObjectNode root = catalogue.productModel("MD-000001").orElseThrow();
		assertThat(root.get("family_variant").asString()).isEqualTo("clothing_by_five_axes");
		ObjectNode familyVariant = catalogue.familyVariants().get("clothing").stream()
			.filter(v -> v.get("code").asString().equals("clothing_by_five_axes")).findFirst().orElseThrow();
		JsonNode sets = familyVariant.get("variant_attribute_sets");
		assertThat(sets.get(0).get("axes")).hasSize(3);
		assertThat(sets.get(1).get("axes")).hasSize(2);
		assertThat(catalogue.variantUuidsOf("MD-000001")).hasSize(2 * ModelGenerator.SUB_MODELS)
			.allSatisfy(uuid -> assertThat(catalogue.product(uuid).orElseThrow().get("values").propertyNames())
				.contains("colour", "fit", "pattern", "size", "leg_length"));
	}

	@Test
	void familyVariantsHaveTheSpecShape() {
		// when
		Map<String, List<ObjectNode>> variants = CatalogueGenerator.generate(SPEC).familyVariants();

		// then
		assertThat(variants).containsOnlyKeys("clothing", "homeware", "electronics");
		assertThat(codes(variants.get("clothing"))).containsExactly("clothing_by_colour_size", "clothing_by_size",
				"clothing_by_five_axes");
		assertThat(codes(variants.get("homeware"))).containsExactly("homeware_by_colour");
		assertThat(variants.get("electronics")).isEmpty();
		ObjectNode byColourSize = variants.get("clothing").get(0);
		assertThat(byColourSize.propertyNames()).containsExactly("code", "labels", "common_attributes",
				"variant_attribute_sets");
		JsonNode levelOne = byColourSize.get("variant_attribute_sets").get(0);
		JsonNode levelTwo = byColourSize.get("variant_attribute_sets").get(1);
		assertThat(levelOne.get("level").asInt()).isEqualTo(1);
		assertThat(strings(levelOne.get("axes"))).containsExactly("colour");
		assertThat(strings(levelTwo.get("axes"))).containsExactly("size");
		assertThat(strings(levelTwo.get("attributes"))).contains("size", "sku");
		assertThat(strings(byColourSize.get("common_attributes"))).contains("name", "price").doesNotContain("sku",
				"colour", "size", "fit");
	}

	@Test
	void modelsAddTheAxisAttributesToTheReferenceData() {
		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);

		// then
		assertThat(catalogue.referenceData().attributes()).containsKeys("sku", "name", "colour", "size", "fit",
				"pattern", "leg_length").hasSize(21);
		assertThat(catalogue.referenceData().attributes().get("colour").type()).isEqualTo("pim_catalog_simpleselect");
		assertThat(catalogue.referenceData().options().get("size")).containsOnlyKeys("xs", "s", "m", "l", "xl", "xxl");
		assertThat(catalogue.referenceData().families().get("clothing").attributes()).contains("colour", "size");
		assertThat(catalogue.referenceData().families().get("homeware").attributes()).contains("colour")
			.doesNotContain("size");
	}

	private static List<String> codes(List<ObjectNode> nodes) {
		return nodes.stream().map(n -> n.get("code").asString()).toList();
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(s -> strings.add(s.asString()));
		return strings;
	}

}
