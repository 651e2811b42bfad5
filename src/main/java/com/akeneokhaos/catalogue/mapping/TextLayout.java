package com.akeneokhaos.catalogue.mapping;

import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How each Khaos text field holds text, so a tab or line break from Akeneo never reaches a field Khaos
 * shows on one line. Only {@code LongDescription} holds several lines; {@code StockCode} and
 * {@code Barcodes} name an item or a barcode and are sent exactly as read (the rules refuse them when
 * they carry layout characters); every other text is made single-line by {@link SingleLineText}.
 */
enum TextLayout {

	/** Identifies something: sent as read; layout characters are refused by the rules, never tidied. */
	EXACT,
	/** Shown on one line in Khaos: whitespace runs become one space, ends trimmed. */
	SINGLE_LINE,
	/** Free text over several lines: sent as read, line breaks kept. */
	MULTI_LINE;

	static TextLayout of(KhaosField field) {
		if (field.kind() == ValueKind.BARCODE || field.path().equals("StockCode")) {
			return EXACT;
		}
		return field.path().equals("LongDescription") ? MULTI_LINE : SINGLE_LINE;
	}

	/** The value as the field holds it; empty when a single-line text is nothing but whitespace. */
	Optional<JsonNode> fit(JsonNode value) {
		if (this != SINGLE_LINE || !value.isString()) {
			return Optional.of(value);
		}
		String line = SingleLineText.normalise(value.stringValue());
		return line.isEmpty() ? Optional.empty() : Optional.of(JsonNodeFactory.instance.stringNode(line));
	}

}
