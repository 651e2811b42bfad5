package com.akeneokhaos.sandbox.khaos;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON plumbing shared by the Khaos Control Cloud simulator. */
final class KhaosJson {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private KhaosJson() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/** Parses a body; a blank body reads as an empty object. */
	static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return object();
		}
		return MAPPER.readTree(body);
	}

	/** A scalar as text (StockIDs may come as numbers), or empty when absent or not a scalar. */
	static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !(value.isString() || value.isNumber())) {
			return Optional.empty();
		}
		return Optional.of(value.asString());
	}

	/** The path of the first JSON null inside {@code node}, if any. */
	static Optional<String> firstNull(JsonNode node, String path) {
		if (node == null) {
			return Optional.empty();
		}
		if (node.isNull()) {
			return Optional.of(path);
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				Optional<String> found = firstNull(entry.getValue(), path + "." + entry.getKey());
				if (found.isPresent()) {
					return found;
				}
			}
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				Optional<String> found = firstNull(node.get(i), path + "[" + i + "]");
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
