package com.akeneokhaos.catalogue.rules;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/** Every price Khaos receives (sell and buy, net and gross) is a JSON number and not negative. */
final class PriceRule implements ItemRule {

	private static final Map<String, String> PRICES = Map.of("SellPrice", "sell price", "BuyPrice", "buy price");

	private final FieldSources sources;

	PriceRule(FieldSources sources) {
		this.sources = sources;
	}

	@Override
	public void check(ObjectNode item, List<Violation> violations) {
		PRICES.keySet().stream().sorted().forEach(price -> item.path(price).properties().forEach(e -> {
			String field = price + "." + e.getKey();
			String from = sources.origin(field).map(origin -> ", from " + origin).orElse("");
			check(field, PRICES.get(price) + " (" + field + from + ")", e.getValue(), violations);
		}));
	}

	private static void check(String field, String what, JsonNode value, List<Violation> violations) {
		String shown = value.isString() ? value.stringValue() : value.toString();
		if (!value.isNumber()) {
			violations.add(Violation.of(Rule.PRICE_NOT_NUMERIC, field, shown,
					"The " + what + " is '" + shown + "', which is not a number. Enter an amount such as 12.50."));
		}
		else if (value.decimalValue().signum() < 0) {
			violations.add(Violation.of(Rule.PRICE_NEGATIVE, field, value.decimalValue().toPlainString(),
					"The " + what + " is " + value.decimalValue().toPlainString()
							+ "; Khaos does not accept negative prices."));
		}
	}

}
