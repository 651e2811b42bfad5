package com.akeneokhaos.catalogue.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.problems.Violation;

/** One Khaos rule, checked on the create view of a stock item (every field Khaos would receive). */
interface ItemRule {

	void check(ObjectNode item, List<Violation> violations);

	/** The field's value as text, or null when absent, null or blank. */
	static @Nullable String text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
			return null;
		}
		String text = node.isString() ? node.stringValue() : node.asString();
		return text.isBlank() ? null : text;
	}

	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
