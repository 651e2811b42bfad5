package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * The dangling references inside one value: a locale Akeneo has not enabled, a channel it does not have, a
 * price in a currency no channel uses, a select option the attribute does not have. A value of a shape
 * the attribute's type does not have is not judged here: the mapping reads (and rejects) it if it uses
 * the attribute, and ignores it otherwise.
 */
final class DanglingValues {

	private static final String SIMPLE_SELECT = "pim_catalog_simpleselect";

	private static final String MULTI_SELECT = "pim_catalog_multiselect";

	private static final String PRICES = "pim_catalog_price_collection";

	private final ReferenceData reference;

	private final Set<String> currencies;

	DanglingValues(ReferenceData reference) {
		this.reference = reference;
		this.currencies = reference.channels().values().stream()
			.flatMap(channel -> channel.currencies().stream())
			.collect(Collectors.toUnmodifiableSet());
	}

	List<Violation> of(String attribute, AkeneoValue value) {
		List<Violation> problems = new ArrayList<>();
		if (value.locale() != null && !reference.locales().contains(value.locale())) {
			problems.add(localeUnknown(attribute, value.locale()));
		}
		if (value.scope() != null && !reference.channels().containsKey(value.scope())) {
			problems.add(channelUnknown(attribute, value.scope()));
		}
		String type = reference.attribute(attribute).map(Attribute::type).orElse("");
		switch (type) {
			case SIMPLE_SELECT -> option(attribute, value.data(), problems);
			case MULTI_SELECT -> value.data().valueStream().forEach(code -> option(attribute, code, problems));
			case PRICES -> value.data().valueStream().forEach(price -> currency(attribute, price, problems));
			default -> {
			}
		}
		return problems;
	}

	private void option(String attribute, JsonNode code, List<Violation> problems) {
		if (code.isString() && !code.asString().isEmpty() && reference.option(attribute, code.asString()).isEmpty()) {
			problems.add(Violation.of(Rule.OPTION_UNKNOWN, null, code.asString(), "Attribute '" + attribute
					+ "' holds the option '" + code.asString() + "', which is not one of its options in Akeneo (it may "
					+ "have been deleted): choose an existing option or create '" + code.asString() + "' again."));
		}
	}

	private void currency(String attribute, JsonNode price, List<Violation> problems) {
		JsonNode currency = price.path("currency");
		if (currency.isString() && !currencies.contains(currency.asString())) {
			problems.add(Violation.of(Rule.CURRENCY_UNKNOWN, null, currency.asString(), "Attribute '" + attribute
					+ "' has a price in the currency '" + currency.asString() + "', which no Akeneo channel uses: "
					+ "remove that price or activate the currency on a channel."));
		}
	}

	private static Violation localeUnknown(String attribute, String locale) {
		return Violation.of(Rule.LOCALE_UNKNOWN, null, locale, "Attribute '" + attribute + "' has a value in the locale '"
				+ locale + "', which is not an enabled locale in Akeneo: remove that value or enable the locale.");
	}

	private static Violation channelUnknown(String attribute, String channel) {
		return Violation.of(Rule.CHANNEL_UNKNOWN, null, channel, "Attribute '" + attribute
				+ "' has a value for the channel '" + channel + "', which Akeneo does not have: remove that value or "
				+ "create the channel again.");
	}

}
