package com.akeneokhaos.catalogue.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Attribute;

/**
 * Picks the value of an attribute for the mapping's locale and scope. A localizable or scopable attribute
 * is read in exactly that locale or scope; a value without locale or scope applies to all of them.
 */
final class ValuePicker {

	private ValuePicker() {
	}

	/** The value's data, or empty when the product has no (non-null) value there. */
	static Optional<JsonNode> pick(List<AkeneoValue> values, Attribute attribute, String locale, String scope) {
		String wantedLocale = attribute.localizable() ? locale : null;
		String wantedScope = attribute.scopable() ? scope : null;
		Optional<AkeneoValue> exact = values.stream()
			.filter(v -> Objects.equals(v.locale(), wantedLocale) && Objects.equals(v.scope(), wantedScope))
			.findFirst();
		return exact.or(() -> values.stream().filter(v -> v.matches(locale, scope)).findFirst())
			.map(AkeneoValue::data)
			.filter(data -> !data.isNull() && !data.isMissingNode());
	}

}
