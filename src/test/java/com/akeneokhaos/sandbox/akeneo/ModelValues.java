package com.akeneokhaos.sandbox.akeneo;

import java.util.Collection;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Product value helpers for models and variants: keeping some attributes, axis values, merging levels. */
final class ModelValues {

	private ModelValues() {
	}

	/** A copy of the values holding only the given attributes. */
	static ObjectNode only(ObjectNode values, Collection<String> attributes) {
		ObjectNode kept = Json.object();
		values.propertyNames().forEach(code -> {
			if (attributes.contains(code)) {
				kept.set(code, values.get(code).deepCopy());
			}
		});
		return kept;
	}

	/** A copy of the values without the given attributes. */
	static ObjectNode without(ObjectNode values, Collection<String> attributes) {
		ObjectNode kept = values.deepCopy();
		attributes.forEach(kept::remove);
		return kept;
	}

	/** Sets a non-localizable, non-scopable simple select value, e.g. an axis value. */
	static void putOption(ObjectNode values, String attribute, String option) {
		ArrayNode entries = values.putArray(attribute);
		ObjectNode entry = entries.addObject();
		entry.putNull("locale");
		entry.putNull("scope");
		entry.put("data", option);
	}

	/**
	 * The values a variant product shows in {@code products-uuid}: each ancestor's values (root first), then
	 * its own; a later level wins for an attribute set at several levels.
	 */
	static ObjectNode merged(List<ObjectNode> ancestorsRootFirst, ObjectNode own) {
		ObjectNode merged = Json.object();
		ancestorsRootFirst.forEach(values -> merged.setAll(values.deepCopy()));
		merged.setAll(own.deepCopy());
		return merged;
	}

}
