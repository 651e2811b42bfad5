package com.akeneokhaos.sandbox.akeneo;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadCatalogueTest {

	private static final CatalogueSpec SPEC = CatalogueSpec.of(909L, 110).withModels(14, 3, 3);

	@Test
	void everyDefectGetsAnItemOfItsOwnTheSameEveryTime() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);
		// when
		BadCatalogue first = BadCatalogue.plant(catalogue, new AkeneoSimulator().load(catalogue));
		BadCatalogue second = BadCatalogue.plant(catalogue, new AkeneoSimulator().load(catalogue));
		// then
		List<String> items = Arrays.stream(CorpusDefect.values()).map(first::itemOf).toList();
		assertThat(items).doesNotHaveDuplicates().doesNotContainNull();
		assertThat(Arrays.stream(CorpusDefect.values()).map(second::itemOf).toList()).isEqualTo(items);
		assertThat(first.validProducts()).isNotEmpty().doesNotContainAnyElementsOf(items);
		assertThat(first.validModels()).isNotEmpty().doesNotContainAnyElementsOf(items);
		assertThat(CorpusDefect.values()).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void theSimulatorServesADanglingFamilyVariantAsAkeneoDoes() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);
		AkeneoSimulator simulator = new AkeneoSimulator().load(catalogue);
		// when
		BadCatalogue bad = BadCatalogue.plant(catalogue, simulator);
		// then
		String model = bad.itemOf(CorpusDefect.MODEL_FAMILY_VARIANT_UNKNOWN);
		assertThat(simulator.productModel(model).orElseThrow().get("family_variant").asString())
			.isEqualTo("shoes_VariantA1");
		assertThat(catalogue.familyVariants().values()).allSatisfy(variants -> assertThat(variants)
			.noneMatch(variant -> variant.get("code").asString().equals("shoes_VariantA1")));
	}

}
