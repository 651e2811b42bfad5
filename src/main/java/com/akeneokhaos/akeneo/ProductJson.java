package com.akeneokhaos.akeneo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** Turns one item of {@code products-uuid} into an {@link AkeneoProduct}. */
final class ProductJson {

	private ProductJson() {
	}

	static AkeneoProduct product(JsonNode node) {
		return new AkeneoProduct(JsonReading.requiredText(node, "uuid"), JsonReading.text(node, "family"),
				JsonReading.text(node, "parent"), node.path("enabled").asBoolean(true),
				JsonReading.texts(node, "categories"), values(node.path("values")),
				JsonReading.text(node, "updated"));
	}

	/** A {@code values} object as attribute code to its values; shared by products and product models. */
	static Map<String, List<AkeneoValue>> values(JsonNode values) {
		Map<String, List<AkeneoValue>> byAttribute = new LinkedHashMap<>();
		values.propertyStream()
			.forEach(entry -> byAttribute.put(entry.getKey(),
					entry.getValue().valueStream().map(ProductJson::value).toList()));
		return byAttribute;
	}

	private static AkeneoValue value(JsonNode node) {
		JsonNode data = node.path("data");
		return new AkeneoValue(JsonReading.text(node, "locale"), JsonReading.text(node, "scope"),
				data.isMissingNode() ? NullNode.getInstance() : data);
	}

}
