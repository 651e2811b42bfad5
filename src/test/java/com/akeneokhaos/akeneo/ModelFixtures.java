package com.akeneokhaos.akeneo;

import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/** Akeneo JSON for product models and family variants, for the client and reader tests. */
public final class ModelFixtures {

	private ModelFixtures() {
	}

	public static String modelCode(int index) {
		return "model-%05d".formatted(index);
	}

	/** A root model of the 1-level {@code tshirt_colour} family variant. */
	public static String modelJson(int index) {
		return """
				{"_links":{"self":{"href":"http://x/api/rest/v1/product-models/%1$s"}},"code":"%1$s",
				 "family":"tshirt","family_variant":"tshirt_colour","parent":null,"categories":["men"],
				 "values":{"name":[{"locale":"en_GB","scope":null,"data":"Model %2$d"}]},
				 "associations":{},"created":"2024-01-01T10:00:00+00:00","updated":"2024-01-02T10:00:00+00:00"}"""
			.formatted(modelCode(index), index);
	}

	public static String models(int fromInclusive, int toExclusive, @Nullable String nextHref) {
		return AkeneoFixtures.page(IntStream.range(fromInclusive, toExclusive).mapToObj(ModelFixtures::modelJson)
			.toList(), nextHref);
	}

	/** A family variant item; {@code sets} is the raw JSON of its {@code variant_attribute_sets} array. */
	public static String familyVariantJson(String code, String sets) {
		return """
				{"_links":{"self":{"href":"http://x"}},"code":"%s","common_attributes":["name"],
				 "variant_attribute_sets":%s,"labels":{"en_GB":"%1$s label","fr_FR":null}}"""
			.formatted(code, sets);
	}

}
