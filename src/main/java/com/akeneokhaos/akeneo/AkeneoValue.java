package com.akeneokhaos.akeneo;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One value of an attribute for a locale and channel ({@code scope}); {@code data} keeps Akeneo's own
 * shape, which depends on the attribute type (string, boolean, price list, metric object, option codes).
 */
public record AkeneoValue(@Nullable String locale, @Nullable String scope, JsonNode data) {

	public boolean matches(@Nullable String wantedLocale, @Nullable String wantedScope) {
		return (locale == null || locale.equals(wantedLocale)) && (scope == null || scope.equals(wantedScope));
	}

}
