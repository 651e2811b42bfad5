package com.akeneokhaos.catalogue.mapping;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.problems.Rule;

/** One attribute read for one Khaos field, with the field's locale, currency, unit and presentation resolved. */
record AttributeRead(Attribute attribute, String field, String locale, String scope, @Nullable String currency,
		@Nullable String unit, Source.Show show) {

	String code() {
		return attribute.code();
	}

	UnreadableValueException unreadable(String offendingValue, String problem) {
		return unreadable(Rule.VALUE_UNREADABLE, offendingValue, problem);
	}

	UnreadableValueException unreadable(Rule rule, String offendingValue, String problem) {
		return new UnreadableValueException(rule, field, offendingValue,
				"Attribute '" + code() + "' " + problem + " (Khaos field " + field + ").");
	}

}
