package com.akeneokhaos.sandbox.akeneo;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code scope}, {@code locales} and {@code attributes} parameters of the product list: they trim
 * each product's values to one channel, some locales and some attributes.
 */
record ValueFilter(String scope, Set<String> locales, Set<String> attributes) {

	static ValueFilter from(ApiRequest request, ReferenceStore reference) {
		String scope = request.param("scope");
		if (scope != null && !reference.channelCodes().contains(scope)) {
			throw ApiException.unprocessable("Scope \"" + scope + "\" does not exist.");
		}
		Set<String> locales = split(request.param("locales"));
		Set<String> enabled = reference.enabledLocales();
		for (String locale : locales == null ? Set.<String>of() : locales) {
			if (!enabled.contains(locale)) {
				throw ApiException.unprocessable("Locale \"" + locale + "\" does not exist or is not activated.");
			}
		}
		return new ValueFilter(scope, locales, split(request.param("attributes")));
	}

	boolean keepsEverything() {
		return scope == null && locales == null && attributes == null;
	}

	ObjectNode apply(ObjectNode product) {
		if (keepsEverything()) {
			return product;
		}
		ObjectNode values = (ObjectNode) product.get("values");
		ObjectNode trimmed = Json.object();
		values.propertyStream().forEach(entry -> {
			if (attributes == null || attributes.contains(entry.getKey())) {
				ArrayNode kept = Json.MAPPER.createArrayNode();
				entry.getValue().forEach(value -> {
					if (keeps(value)) {
						kept.add(value);
					}
				});
				if (!kept.isEmpty()) {
					trimmed.set(entry.getKey(), kept);
				}
			}
		});
		product.set("values", trimmed);
		return product;
	}

	private boolean keeps(JsonNode value) {
		JsonNode locale = value.path("locale");
		JsonNode valueScope = value.path("scope");
		return (locales == null || !locale.isString() || locales.contains(locale.asString()))
				&& (scope == null || !valueScope.isString() || scope.equals(valueScope.asString()));
	}

	private static Set<String> split(String text) {
		return (text == null || text.isBlank()) ? null
				: Arrays.stream(text.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
	}

}
