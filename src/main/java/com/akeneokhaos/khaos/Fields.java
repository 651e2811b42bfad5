package com.akeneokhaos.khaos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Lenient reading of KCC body fields: nulls and absent fields are tolerated, wrong shapes are not. */
final class Fields {

	/** What a DECIMAL(18,4) column holds: 14 digits before the point, 4 after. */
	private static final int LEVEL_INTEGER_DIGITS = 14;

	private static final int LEVEL_SCALE = 4;

	private static final BigDecimal LEVEL_LIMIT = BigDecimal.TEN.pow(LEVEL_INTEGER_DIGITS);

	/** Longer numeric text is refused unread (a level needs 20 characters at most; 40 leaves room for zeros). */
	private static final int MAX_NUMBER_TEXT = 40;

	private Fields() {
	}

	/** The elements of an optional array field; absent or null gives an empty list. */
	static List<JsonNode> array(JsonNode parent, String name) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw ChannelRequestException.badRequest(name + " must be an array");
		}
		List<JsonNode> elements = new ArrayList<>();
		node.values().forEach(elements::add);
		return elements;
	}

	/** A scalar field as text (numbers are accepted for identifiers); absent, null or blank gives null. */
	static @Nullable String text(JsonNode parent, String name, int maxLength) {
		return scalar(parent.get(name), name, maxLength);
	}

	static @Nullable String scalar(@Nullable JsonNode node, String name, int maxLength) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isValueNode()) {
			throw ChannelRequestException.badRequest(name + " must be a single value");
		}
		String value = node.asString();
		if (value.length() > maxLength) {
			throw ChannelRequestException.badRequest(name + " is longer than " + maxLength + " characters");
		}
		return value.isBlank() ? null : value;
	}

	static String required(JsonNode parent, String name, int maxLength, String where) {
		String value = text(parent, name, maxLength);
		if (value == null) {
			throw ChannelRequestException.badRequest(where + " has no " + name);
		}
		return value;
	}

	/**
	 * A decimal field given as a number or a numeric string; absent or null gives null. Its size is checked
	 * before anything computes with it (an exponent such as {@code 1E-999999999} would otherwise make a
	 * billion-digit number): below 10^14, at most {@value #LEVEL_SCALE} decimal places, as the column holds it.
	 */
	static @Nullable BigDecimal decimal(@Nullable JsonNode parent, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
			return null;
		}
		BigDecimal value = null;
		if (node.isBigDecimal() || node.isIntegralNumber()) {
			value = node.decimalValue();
		}
		else if (node.isFloatingPointNumber() && Double.isFinite(node.doubleValue())) {
			value = BigDecimal.valueOf(node.doubleValue());
		}
		else if (node.isString() && node.stringValue().strip().length() <= MAX_NUMBER_TEXT) {
			try {
				value = new BigDecimal(node.stringValue().strip());
			}
			catch (NumberFormatException ex) {
				// refused below
			}
		}
		if (value == null || !fitsALevel(value)) {
			throw ChannelRequestException.badRequest(name + " must be a number below "
					+ LEVEL_LIMIT.toPlainString() + " with at most " + LEVEL_SCALE + " decimal places");
		}
		return value;
	}

	/** Whether the number has at most 14 digits before the point and 4 after, judged without expanding it. */
	private static boolean fitsALevel(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.signum() == 0) {
			return true;
		}
		long integerDigits = (long) stripped.precision() - stripped.scale();
		return integerDigits <= LEVEL_INTEGER_DIGITS && stripped.scale() <= LEVEL_SCALE;
	}

	static JsonNode object(JsonNode node, String what) {
		if (!node.isObject()) {
			throw ChannelRequestException.badRequest(what + " must be an object");
		}
		return node;
	}

}
