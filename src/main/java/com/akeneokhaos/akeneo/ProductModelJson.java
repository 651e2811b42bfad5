package com.akeneokhaos.akeneo;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/** Turns one item of {@code product-models} into an {@link AkeneoProductModel}. */
final class ProductModelJson {

	private ProductModelJson() {
	}

	static AkeneoProductModel model(JsonNode node) {
		return new AkeneoProductModel(JsonReading.requiredText(node, "code"), JsonReading.text(node, "parent"),
				Objects.requireNonNullElse(JsonReading.text(node, "family"), ""),
				JsonReading.requiredText(node, "family_variant"), JsonReading.texts(node, "categories"),
				ProductJson.values(node.path("values")), JsonReading.text(node, "updated"));
	}

}
