package com.akeneokhaos.akeneo;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** Turns items of Akeneo's reference endpoints into the shared reference records. */
final class ReferenceJson {

	private ReferenceJson() {
	}

	static Attribute attribute(JsonNode node) {
		return new Attribute(JsonReading.requiredText(node, "code"), JsonReading.requiredText(node, "type"),
				node.path("localizable").asBoolean(false), node.path("scopable").asBoolean(false),
				JsonReading.text(node, "metric_family"), JsonReading.text(node, "default_metric_unit"),
				JsonReading.labels(node), node.path("is_main_identifier").asBoolean(true));
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

	/** A family variant of the given family (the family is in the request path, not in the item). */
	static FamilyVariant familyVariant(JsonNode node, String family) {
		List<VariantAttributeSet> sets = node.path("variant_attribute_sets").valueStream()
			.map(set -> new VariantAttributeSet(set.path("level").asInt(0), JsonReading.texts(set, "axes"),
					JsonReading.texts(set, "attributes")))
			.toList();
		return new FamilyVariant(JsonReading.requiredText(node, "code"), family, sets, JsonReading.labels(node));
	}

	static boolean isSelect(Attribute attribute) {
		return "pim_catalog_simpleselect".equals(attribute.type()) || "pim_catalog_multiselect".equals(attribute.type());
	}

}
