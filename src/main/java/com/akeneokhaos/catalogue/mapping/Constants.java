package com.akeneokhaos.catalogue.mapping;

import java.util.Optional;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Checks a {@code constant:} against the JSON kind of its Khaos field and normalises it; a text with a
 * broken character (see {@link BrokenCharacters}) is refused.
 */
final class Constants {

	private Constants() {
	}

	static Optional<JsonNode> read(KhaosField field, JsonNode value, Consumer<String> report) {
		if (value.isString() && BrokenCharacters.find(value.stringValue()).isPresent()) {
			report.accept("has constant '" + BrokenCharacters.shown(value.stringValue()) + "', which "
					+ BrokenCharacters.problem(value.stringValue()));
			return Optional.empty();
		}
		Optional<JsonNode> converted = switch (field.kind()) {
			case STRING -> text(value);
			case NUMBER -> value.isNumber() ? Optional.of(Numbers.node(value.decimalValue())) : Optional.empty();
			case BOOLEAN -> value.isBoolean() ? Optional.of(value) : Optional.empty();
			case USER_DEFINED -> value.isNumber() ? Optional.of(Numbers.node(value.decimalValue()))
					: value.isBoolean() ? Optional.of(value) : text(value);
			case BARCODE, IMAGE -> Optional.empty();
		};
		if (converted.isEmpty()) {
			report.accept("has constant " + value + ", but " + expected(field.kind()));
		}
		return converted;
	}

	private static Optional<JsonNode> text(JsonNode value) {
		if (value.isString() && !value.stringValue().isBlank()) {
			return Optional.of(value);
		}
		return value.isNumber() ? Optional.of(JsonNodeFactory.instance.stringNode(value.asString()))
				: Optional.empty();
	}

	private static String expected(ValueKind kind) {
		return switch (kind) {
			case STRING -> "it holds a text";
			case NUMBER -> "it holds a number";
			case BOOLEAN -> "it holds true or false";
			case USER_DEFINED -> "it holds a text, number or true/false";
			case BARCODE, IMAGE -> "it is a list filled from an attribute, never a constant";
		};
	}

}
