package com.akeneokhaos.catalogue.mapping;

import java.math.BigDecimal;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads Akeneo amounts (strings like "12.50" or JSON numbers) and writes them as plain JSON numbers. */
final class Numbers {

	private Numbers() {
	}

	/** The decimal in a JSON number or numeric string; empty if it is neither. */
	static Optional<BigDecimal> read(JsonNode node) {
		if (node.isNumber()) {
			return Optional.of(node.decimalValue());
		}
		if (!node.isString()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(node.stringValue().trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Without trailing zeros and never in exponent form: 12.50 → 12.5, 1.2E+2 → 120. */
	static BigDecimal normalize(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	static JsonNode node(BigDecimal value) {
		return JsonNodeFactory.instance.numberNode(normalize(value));
	}

}
