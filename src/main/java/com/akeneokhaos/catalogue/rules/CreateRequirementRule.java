package com.akeneokhaos.catalogue.rules;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Khaos refuses to create a stock item without a sell price, a buy price and a tax rate. Once the item
 * exists these are Khaos's (or no longer sent), so the rule applies only to items not yet in Khaos.
 */
final class CreateRequirementRule implements ItemRule {

	private final String object;

	private final Rule rule;

	private final String what;

	private final FieldSources sources;

	private CreateRequirementRule(String object, Rule rule, String what, FieldSources sources) {
		this.object = object;
		this.rule = rule;
		this.what = what;
		this.sources = sources;
	}

	static List<ItemRule> all(FieldSources sources) {
		return List.of(new CreateRequirementRule("SellPrice", Rule.SELL_PRICE_MISSING, "sell price", sources),
				new CreateRequirementRule("BuyPrice", Rule.BUY_PRICE_MISSING, "buy price", sources),
				new CreateRequirementRule("TaxRate", Rule.TAX_RATE_MISSING, "tax rate", sources));
	}

	@Override
	public void check(ObjectNode item, List<Violation> violations) {
		JsonNode value = item.path(object);
		if (value.isObject() && !value.isEmpty()) {
			return;
		}
		violations.add(Violation.of(rule, object, null, "The product has no " + what + " for Khaos" + source()
				+ ", and Khaos cannot create a stock item without one. Fill it in before the product is sent."));
	}

	private String source() {
		for (String part : List.of("Net", "Gross", "Name", "Code", "ID")) {
			String from = sources.from(object + "." + part);
			if (!from.isEmpty()) {
				return from;
			}
		}
		return " (no field of the mapping provides " + object + ")";
	}

}
