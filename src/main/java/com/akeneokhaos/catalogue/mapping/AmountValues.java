package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.ScalarValues.raw;
import static com.akeneokhaos.catalogue.mapping.ScalarValues.shown;

import java.math.BigDecimal;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.problems.Rule;

/**
 * Reads prices (the amount in the field's currency) and metrics (converted to the field's unit). Akeneo
 * sends amounts as strings like "12.50"; they become JSON numbers.
 */
final class AmountValues {

	private AmountValues() {
	}

	static Optional<JsonNode> price(AttributeRead read, JsonNode data) {
		if (!data.isArray()) {
			throw read.unreadable(raw(data), "holds " + shown(data) + " where a list of prices was expected");
		}
		for (JsonNode price : data) {
			if (read.currency().equals(text(price.path("currency")))) {
				return amount(price.get("amount")).map(amount -> Numbers.read(amount)
					.map(Numbers::node)
					.orElseThrow(() -> read.unreadable(Rule.PRICE_NOT_NUMERIC, raw(amount),
							"has the " + read.currency() + " price " + shown(amount)
									+ ", which is not a number; enter an amount such as 12.50")));
			}
		}
		return Optional.empty();
	}

	static Optional<JsonNode> metric(AttributeRead read, JsonNode data) {
		if (!data.isObject()) {
			throw read.unreadable(raw(data), "holds " + shown(data) + " where an amount with a unit was expected");
		}
		return amount(data.get("amount")).map(amount -> Numbers.node(converted(read, amount, data.path("unit"))));
	}

	private static BigDecimal converted(AttributeRead read, JsonNode amount, JsonNode unit) {
		BigDecimal value = Numbers.read(amount)
			.orElseThrow(() -> read.unreadable(raw(amount), "holds the amount " + shown(amount)
					+ ", which is not a number"));
		String family = read.attribute().metricFamily();
		return Metrics.convert(family, value, text(unit), read.unit())
			.orElseThrow(() -> read.unreadable(raw(unit), "is measured in unit " + shown(unit)
					+ ", which the sync cannot convert to " + read.unit()));
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.stringValue() : "";
	}

	private static Optional<JsonNode> amount(JsonNode amount) {
		if (amount == null || amount.isNull() || (amount.isString() && amount.stringValue().isBlank())) {
			return Optional.empty();
		}
		return Optional.of(amount);
	}

}
