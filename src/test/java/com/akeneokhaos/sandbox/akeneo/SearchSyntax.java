package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Parses Akeneo's {@code search} query parameter, {@code {"prop":[{"operator":"…","value":…}, …], …}},
 * into conditions, answering malformed input with Akeneo's 422 messages.
 */
final class SearchSyntax {

	/** One filter condition; {@code value} is a missing node when the operator takes none. */
	record Condition(String property, String operator, JsonNode value) {

		ApiException unsupported() {
			return ApiException.unprocessable(
					"Filter on property \"" + property + "\" is not supported or does not support operator \"" + operator + "\"");
		}

		ApiException invalidValue(String expected) {
			return ApiException.unprocessable("Property \"" + property + "\" expects " + expected + " as data, \""
					+ value + "\" given.");
		}

	}

	private SearchSyntax() {
	}

	static List<Condition> parse(String search) {
		List<Condition> conditions = new ArrayList<>();
		if (search == null || search.isBlank()) {
			return conditions;
		}
		JsonNode root = readJson(search);
		for (String property : root.propertyNames()) {
			JsonNode filters = root.get(property);
			if (!filters.isArray() || filters.isEmpty()) {
				throw badStructure(property);
			}
			for (JsonNode filter : filters) {
				if (!filter.isObject() || !filter.path("operator").isString()) {
					throw badStructure(property);
				}
				conditions.add(new Condition(property, filter.get("operator").asString(), filter.path("value")));
			}
		}
		return conditions;
	}

	private static JsonNode readJson(String search) {
		try {
			JsonNode root = Json.MAPPER.readTree(search);
			if (root != null && root.isObject()) {
				return root;
			}
		}
		catch (JacksonException ignored) {
			// reported below
		}
		throw ApiException.unprocessable("Search query parameter should be valid JSON.");
	}

	private static ApiException badStructure(String property) {
		return ApiException.unprocessable("Structure of filter \"" + property + "\" should respect this structure: {\""
				+ property + "\":[{\"operator\": \"my_operator\", \"value\": \"my_value\"}]}");
	}

}
