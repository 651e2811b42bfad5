package com.akeneokhaos.catalogue.mapping;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/** Small readers shared by the mapping file's sections: unknown keys and text values. */
final class Keys {

	private Keys() {
	}

	/** Reports every key of {@code node} not in {@code known}, with a spelling hint. */
	static boolean checkKnown(JsonNode node, Set<String> known, Consumer<String> report, String what) {
		boolean clean = true;
		for (String key : node.propertyNames()) {
			if (!known.contains(key)) {
				report.accept("has unknown " + what + " '" + key + "'" + Suggestions.didYouMean(key, known)
						+ "; known: " + String.join(", ", known.stream().sorted().toList()));
				clean = false;
			}
		}
		return clean;
	}

	/** The non-blank text under {@code key}, empty if absent; a non-text or blank value is reported. */
	static Optional<String> text(JsonNode node, String key, Consumer<String> report) {
		JsonNode value = node.get(key);
		if (value == null) {
			return Optional.empty();
		}
		if (value.isString() && !value.stringValue().isBlank()) {
			return Optional.of(value.stringValue().trim());
		}
		report.accept("has '" + key + "' " + value + ", which is not a text");
		return Optional.empty();
	}

}
