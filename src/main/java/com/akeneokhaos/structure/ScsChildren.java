package com.akeneokhaos.structure;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.AttributeOption;
import com.akeneokhaos.akeneo.FamilyVariant;
import com.akeneokhaos.akeneo.ReferenceData;

/**
 * The {@code SCSChild} relationship of a variant: its root model's StockID as parent and, per variation
 * axis (level 1 first, as the parent's headings), the value (option code, or the formatted amount and
 * unit of a metric) and its description (the option label in the mapping's locale).
 */
final class ScsChildren {

	private final ReferenceData reference;

	private final String locale;

	ScsChildren(ReferenceData reference, String locale) {
		this.reference = reference;
		this.locale = locale;
	}

	ObjectNode relationship(AkeneoProduct variant, String rootModelCode, FamilyVariant familyVariant) {
		ObjectNode relationship = JsonNodeFactory.instance.objectNode();
		ObjectNode child = relationship.putObject("SCSChild");
		child.put("ParentStockID", StockIds.forModel(rootModelCode));
		ArrayNode values = child.putArray("SCSValues");
		ArrayNode descriptions = child.putArray("SCSDescriptions");
		for (String axis : familyVariant.allAxes()) {
			JsonNode data = axisData(variant.valuesOf(axis));
			values.add(value(data));
			descriptions.add(description(axis, data));
		}
		return relationship;
	}

	/** The axes the variant has no value for (no entry, null, or an empty text). */
	List<String> missingAxes(AkeneoProduct variant, FamilyVariant familyVariant) {
		return familyVariant.allAxes().stream().filter(axis -> {
			JsonNode data = axisData(variant.valuesOf(axis));
			return data.isNull() || data.isMissingNode() || (data.isString() && data.asString().isBlank());
		}).toList();
	}

	/** The axes whose value is of a shape no axis has (a list, or an object that is not a metric). */
	List<String> unreadableAxes(AkeneoProduct variant, FamilyVariant familyVariant) {
		return familyVariant.allAxes().stream().filter(axis -> {
			JsonNode data = axisData(variant.valuesOf(axis));
			return data.isArray() || (data.isObject() && !data.has("amount"));
		}).toList();
	}

	private static JsonNode axisData(List<AkeneoValue> values) {
		return values.isEmpty() ? JsonNodeFactory.instance.stringNode("") : values.get(0).data();
	}

	private static String value(JsonNode data) {
		if (data.isObject() && data.has("amount")) {
			return data.get("amount").asString() + " " + data.path("unit").asString();
		}
		if (data.isBoolean()) {
			return data.booleanValue() ? "Yes" : "No";
		}
		return data.asString();
	}

	private String description(String axis, JsonNode data) {
		if (!data.isString()) {
			return value(data);
		}
		return reference.option(axis, data.asString())
			.map(AttributeOption::labels)
			.map(labels -> labels.getOrDefault(locale, data.asString()))
			.orElse(data.asString());
	}

}
