package com.akeneokhaos.sandbox.akeneo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.problems.Rule;

import tools.jackson.databind.node.ObjectNode;

class CatalogueGeneratorTest {

	private static final CatalogueSpec SPEC = CatalogueSpec.of(7, 600).withDefectsSpreadEvenly(60).withVariants(9);

	@Test
	void sameSeedAndSpecGiveByteIdenticalCatalogues() {
		// given
		GeneratedCatalogue first = CatalogueGenerator.generate(SPEC);
		GeneratedCatalogue second = CatalogueGenerator.generate(SPEC);

		// when
		byte[] firstBytes = bytes(first);
		byte[] secondBytes = bytes(second);

		// then
		assertThat(firstBytes).isEqualTo(secondBytes);
		assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
		assertThat(first.expectedRejections()).isEqualTo(second.expectedRejections());
	}

	@Test
	void differentSeedsGiveDifferentCatalogues() {
		// given
		GeneratedCatalogue first = CatalogueGenerator.generate(SPEC);

		// when
		GeneratedCatalogue other = CatalogueGenerator.generate(SPEC.withSeed(8));

		// then
		assertThat(other.fingerprint()).isNotEqualTo(first.fingerprint());
		assertThat(other.uuids()).doesNotContainAnyElementsOf(first.uuids());
	}

	@ParameterizedTest
	@EnumSource(DefectKind.class)
	void plantsEachDefectKindWithItsExpectedRule(DefectKind kind) {
		// given
		CatalogueSpec spec = CatalogueSpec.of(11, 80).withDefect(kind, 4);

		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(spec);

		// then
		assertThat(catalogue.defects()).hasSize(4).containsValues(kind);
		assertThat(catalogue.expectedRejections()).hasSize(4).allSatisfy((uuid, rule) -> {
			assertThat(rule).isEqualTo(kind.expectedRule());
		});
		assertThat(catalogue.validUuids()).hasSize(76).doesNotContainAnyElementsOf(catalogue.defects().keySet());
	}

	@Test
	void everyProductBreaksExactlyTheRulesOfItsAnswerKey() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);
		KhaosRuleOracle oracle = new KhaosRuleOracle(catalogue.referenceData());
		Map<String, Rule> expected = catalogue.expectedRejections();

		// when
		Map<String, Set<Rule>> broken = new HashMap<>();
		for (String uuid : catalogue.uuids()) {
			AkeneoProduct product = catalogue.akeneoProduct(uuid).orElseThrow();
			broken.put(uuid, oracle.check(product));
		}

		// then
		assertThat(expected).hasSize(69);
		broken.forEach((uuid, rules) -> assertThat(rules).as(uuid)
			.isEqualTo(expected.containsKey(uuid) ? Set.of(expected.get(uuid)) : Set.of()));
		assertThat(catalogue.validUuids()).hasSize(600 - 69);
	}

	@Test
	void caseDuplicatesComeAfterTheValidProductTheyClashWith() {
		// given
		CatalogueSpec spec = CatalogueSpec.of(3, 200).withDefect(DefectKind.SKU_DUPLICATE_CASE, 30);

		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(spec);

		// then
		Map<String, String> validBySku = new HashMap<>();
		catalogue.validUuids().forEach(uuid -> validBySku.put(sku(catalogue, uuid).toLowerCase(Locale.ROOT), uuid));
		assertThat(catalogue.defects().keySet()).hasSize(30).allSatisfy(duplicate -> {
			String sku = sku(catalogue, duplicate);
			String original = validBySku.get(sku.toLowerCase(Locale.ROOT));
			assertThat(original).as("valid product with SKU %s", sku).isNotNull();
			assertThat(sku(catalogue, original)).isNotEqualTo(sku);
			assertThat(duplicate).isGreaterThan(original);
		});
	}

	@Test
	void uuidsAreLowercaseVersion4AndServedInAscendingOrder() {
		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);

		// then
		assertThat(catalogue.uuids()).doesNotHaveDuplicates().isSorted().allSatisfy(uuid -> assertThat(uuid)
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
		assertThat(SimulatorTestClient.uuids(List.copyOf(catalogue.products()))).isEqualTo(catalogue.uuids());
	}

	@Test
	void productsHaveTheProductsUuidShape() {
		// given
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);

		// when
		ObjectNode product = catalogue.product(catalogue.validUuids().get(0)).orElseThrow();

		// then
		assertThat(product.propertyNames()).containsExactly("uuid", "enabled", "family", "categories", "groups",
				"parent", "values", "created", "updated", "associations", "quantified_associations");
		assertThat(product.get("updated").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
		assertThat(product.get("parent").isNull()).isTrue();
		assertThat(product.get("values").get("price").get(0).get("data").findValuesAsString("amount"))
			.allSatisfy(amount -> assertThat(amount).matches("\\d+\\.\\d\\d"));
	}

	private static String sku(GeneratedCatalogue catalogue, String uuid) {
		return DefectApplier.sku(catalogue.product(uuid).orElseThrow());
	}

	private static byte[] bytes(GeneratedCatalogue catalogue) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		catalogue.writeTo(out);
		return out.toByteArray();
	}

}
