package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Parses Akeneo's {@code search} query parameter, {@code {"prop":[{"operator":"…","value":…}, …], …}},
 * into conditions. A parameter that is not JSON at all gets the answer of the endpoint's controller (see
 * {@link Malformed}); a JSON value of the wrong structure gets Akeneo's 422 messages.
 */
final class SearchSyntax {

	/**
	 * How an endpoint answers a {@code search} that is not JSON (or a bare scalar). Akeneo's controllers differ:
	 * products-uuid throws a 400, product-models a 422 with the same message, the reference lists a 400 with
	 * their own wording.
	 */
	record Malformed(int status, String message) {

		static final Malformed PRODUCTS = new Malformed(400, "Search query parameter should be valid JSON.");

		static final Malformed PRODUCT_MODELS = new Malformed(422, "Search query parameter should be valid JSON.");

		static final Malformed REFERENCE = new Malformed(400, "The search query parameter must be a valid JSON.");

		ApiException exception() {
			return new ApiException(status, message);
		}

	}

	/**
	 * One filter condition; {@code value} is a missing node when the operator takes none, {@code locale} and
	 * {@code scope} are null unless the condition names them (attribute filters need them).
	 */
	record Condition(String property, String operator, JsonNode value, String locale, String scope) {

		ApiException unsupported() {
			return ApiException.unprocessable(
					"Filter on property \"" + property + "\" is not supported or does not support operator \"" + operator + "\"");
		}

		/** A filter Akeneo has but the simulator does not implement, e.g. on a text attribute. */
		ApiException notSimulated(String what) {
			return ApiException.unprocessable("Filter on property \"" + property + "\" (" + what
					+ ") is not supported by the simulator");
		}

		ApiException invalidValue(String expected) {
			return ApiException.unprocessable("Property \"" + property + "\" expects " + expected + " as data, \""
					+ value + "\" given.");
		}

	}

	private SearchSyntax() {
	}

	static List<Condition> parse(String search, Malformed malformed) {
		List<Condition> conditions = new ArrayList<>();
		if (search == null || search.isBlank()) {
			return conditions;
		}
		JsonNode root = readJson(search, malformed);
		if (root.isArray() && !root.isEmpty()) {
			throw badStructure("0");
		}
		for (String property : root.propertyNames()) {
			JsonNode filters = root.get(property);
			if (!filters.isArray() || filters.isEmpty()) {
				throw badStructure(property);
			}
			for (JsonNode filter : filters) {
				if (!filter.isObject() || !filter.path("operator").isString()) {
					throw badStructure(property);
				}
				conditions.add(new Condition(property, filter.get("operator").asString(), filter.path("value"),
						text(filter.path("locale")), text(filter.path("scope"))));
			}
		}
		return conditions;
	}

	/** The parsed parameter: an object or an array (PHP decodes both to an array); anything else is malformed. */
	private static JsonNode readJson(String search, Malformed malformed) {
		try {
			JsonNode root = Json.MAPPER.readTree(search);
			if (root != null && (root.isObject() || root.isArray())) {
				return root;
			}
		}
		catch (JacksonException ignored) {
			// reported below
		}
		throw malformed.exception();
	}

	/** A {@code locale} or {@code scope}: null when absent or null (PHP's {@code isset}), else its text. */
	private static String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

	private static ApiException badStructure(String property) {
		return ApiException.unprocessable("Structure of filter \"" + property + "\" should respect this structure: {\""
				+ property + "\":[{\"operator\": \"my_operator\", \"value\": \"my_value\"}]}");
	}

}
