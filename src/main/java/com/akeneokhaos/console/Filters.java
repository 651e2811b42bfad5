package com.akeneokhaos.console;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/** The console's filter fields: an empty field, or a value the field does not offer, filters nothing. */
final class Filters {

	private Filters() {
	}

	static @Nullable String oneOf(@Nullable String value, Collection<String> offered) {
		return (value != null && offered.contains(value)) ? value : null;
	}

	static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
