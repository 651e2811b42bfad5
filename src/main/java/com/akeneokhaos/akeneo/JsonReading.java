package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Null-safe reading of the parts of Akeneo's JSON that every resource shares. */
final class JsonReading {

	private JsonReading() {
	}

	/**
	 * The text of a property, or null when it is absent or JSON null. A property of another shape (an
	 * object or a list where Akeneo writes a code) is kept as its JSON text, so the item it belongs to is
	 * read, and held back where the code is checked, rather than breaking the page it is on.
	 */
	static @Nullable String text(JsonNode node, String property) {
		JsonNode value = node.path(property);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	static String requiredText(JsonNode node, String property) {
		String value = text(node, property);
		if (value == null || value.isEmpty()) {
			throw new IllegalStateException("Akeneo returned a resource without '" + property + "'");
		}
		return value;
	}

	static List<String> texts(JsonNode node, String property) {
		List<String> values = new ArrayList<>();
		node.path(property).valueStream().filter(JsonNode::isValueNode).map(JsonNode::asString).forEach(values::add);
		return values;
	}

	/** A {@code labels} object as locale to label, dropping empty labels. */
	static Map<String, String> labels(JsonNode node) {
		Map<String, String> labels = new LinkedHashMap<>();
		node.path("labels").propertyStream()
			.filter(entry -> entry.getValue().isString())
			.forEach(entry -> labels.put(entry.getKey(), entry.getValue().asString()));
		return labels;
	}

	/** The {@code _embedded.items} of a paginated list. */
	static List<JsonNode> items(JsonNode page) {
		return page.path("_embedded").path("items").valueStream().toList();
	}

	/** The {@code _links.next.href} of a paginated list, or null on the last page. */
	static @Nullable String nextHref(JsonNode page) {
		String href = text(page.path("_links").path("next"), "href");
		return (href == null || href.isBlank()) ? null : href;
	}

}
