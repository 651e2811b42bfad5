package com.akeneokhaos.akeneo;

import tools.jackson.databind.JsonNode;

/** Turns items of Akeneo's reference endpoints into the shared reference records. */
final class ReferenceJson {

	private ReferenceJson() {
	}

	static Attribute attribute(JsonNode node) {
		return new Attribute(JsonReading.requiredText(node, "code"), JsonReading.requiredText(node, "type"),
				node.path("localizable").asBoolean(false), node.path("scopable").asBoolean(false),
				JsonReading.text(node, "metric_family"), JsonReading.text(node, "default_metric_unit"),
				JsonReading.labels(node));
	}

	static AttributeOption option(JsonNode node) {
		return new AttributeOption(JsonReading.requiredText(node, "code"), JsonReading.labels(node));
	}

	static Category category(JsonNode node) {
		return new Category(JsonReading.requiredText(node, "code"), JsonReading.text(node, "parent"),
				JsonReading.labels(node), JsonReading.text(node, "updated"));
	}

	static Channel channel(JsonNode node) {
		return new Channel(JsonReading.requiredText(node, "code"), JsonReading.texts(node, "locales"),
				JsonReading.texts(node, "currencies"), JsonReading.requiredText(node, "category_tree"));
	}

	static Family family(JsonNode node) {
		return new Family(JsonReading.requiredText(node, "code"), JsonReading.texts(node, "attributes"),
				JsonReading.text(node, "attribute_as_label"));
	}

	static boolean isSelect(Attribute attribute) {
		return "pim_catalog_simpleselect".equals(attribute.type()) || "pim_catalog_multiselect".equals(attribute.type());
	}

}
