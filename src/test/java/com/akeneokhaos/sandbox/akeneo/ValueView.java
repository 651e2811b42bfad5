package com.akeneokhaos.sandbox.akeneo;

import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A product or product model as the attribute value filters see it: its values as the API serves them (a variant's
 * or sub-model's with its ancestors' merged in) and the attributes it holds at its level (see
 * {@link FamilyAttributes}). Built once per item, whatever the number of attribute conditions, since building it
 * parses the item's JSON.
 */
record ValueView(JsonNode values, Set<String> attributes) {

	/** The data of the attribute's value for this locale and scope (null for none), or a missing node. */
	JsonNode data(String attribute, String locale, String scope) {
		for (JsonNode value : values.path(attribute)) {
			if (Objects.equals(code(value.path("locale")), locale) && Objects.equals(code(value.path("scope")), scope)) {
				return value.path("data");
			}
		}
		return MissingNode.getInstance();
	}

	boolean holds(String attribute) {
		return attributes.contains(attribute);
	}

	private static String code(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

}
