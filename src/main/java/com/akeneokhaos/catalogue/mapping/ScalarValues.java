package com.akeneokhaos.catalogue.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads text, rich text, number, yes/no and date values. Blank text counts as no value. */
final class ScalarValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ScalarValues() {
	}

	static Optional<JsonNode> text(AttributeRead read, JsonNode data) {
		return string(read, data).map(NODES::stringNode);
	}

	static Optional<JsonNode> richText(AttributeRead read, JsonNode data) {
		return string(read, data).map(HtmlText::strip).filter(t -> !t.isBlank()).map(NODES::stringNode);
	}

	static Optional<JsonNode> number(AttributeRead read, JsonNode data) {
		if (data.isString() && data.stringValue().isBlank()) {
			return Optional.empty();
		}
		return Optional.of(Numbers.read(data)
			.map(Numbers::node)
			.orElseThrow(() -> read.unreadable(raw(data), "holds " + shown(data) + ", which is not a number")));
	}

	static Optional<JsonNode> yesNo(AttributeRead read, JsonNode data) {
		if (!data.isBoolean()) {
			throw read.unreadable(raw(data), "holds " + shown(data) + " instead of yes or no");
		}
		return Optional.of(data);
	}

	/** Khaos DateTime, which has no offset: the calendar date as Akeneo shows it, at midnight. */
	static Optional<JsonNode> date(AttributeRead read, JsonNode data) {
		return string(read, data).map(text -> NODES.stringNode(calendarDate(read, text) + "T00:00:00"));
	}

	private static LocalDate calendarDate(AttributeRead read, String text) {
		try {
			return OffsetDateTime.parse(text).toLocalDate();
		}
		catch (DateTimeParseException notWithOffset) {
			try {
				return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
			}
			catch (DateTimeParseException notADate) {
				throw read.unreadable(text, "holds '" + text + "', which is not a date");
			}
		}
	}

	static Optional<String> string(AttributeRead read, JsonNode data) {
		if (!data.isString()) {
			throw read.unreadable(raw(data), "holds " + shown(data) + " where a text was expected");
		}
		return Optional.of(data.stringValue()).filter(text -> !text.isBlank());
	}

	static String raw(JsonNode data) {
		return data.isString() ? data.stringValue() : data.toString();
	}

	static String shown(JsonNode data) {
		return data.isString() ? "'" + data.stringValue() + "'" : data.toString();
	}

}
