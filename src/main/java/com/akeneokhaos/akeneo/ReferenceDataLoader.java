package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/** Reads every page of Akeneo's reference endpoints into one {@link ReferenceData}. */
final class ReferenceDataLoader {

	private final AkeneoHttp http;

	ReferenceDataLoader(AkeneoHttp http) {
		this.http = http;
	}

	ReferenceData load() {
		Map<String, Attribute> attributes = byCode(ReferenceJson::attribute, Attribute::code, "attributes");
		return new ReferenceData(attributes, options(attributes),
				byCode(ReferenceJson::category, Category::code, "categories"),
				byCode(ReferenceJson::channel, Channel::code, "channels"), enabledLocales(),
				byCode(ReferenceJson::family, Family::code, "families"));
	}

	private Map<String, Map<String, AttributeOption>> options(Map<String, Attribute> attributes) {
		Map<String, Map<String, AttributeOption>> options = new LinkedHashMap<>();
		attributes.values().stream().filter(ReferenceJson::isSelect).map(Attribute::code).forEach(code -> options
			.put(code, Map.copyOf(byCode(ReferenceJson::option, AttributeOption::code, "attributes", code, "options"))));
		return options;
	}

	private List<String> enabledLocales() {
		List<String> locales = new ArrayList<>();
		http.forEachItem(http.listUri("locales"), locale -> {
			if (locale.path("enabled").asBoolean(false)) {
				locales.add(JsonReading.requiredText(locale, "code"));
			}
		});
		return locales;
	}

	private <T> Map<String, T> byCode(Function<JsonNode, T> parser, Function<T, String> code, String... path) {
		Map<String, T> byCode = new LinkedHashMap<>();
		http.forEachItem(http.listUri(path), item -> {
			T value = parser.apply(item);
			byCode.put(code.apply(value), value);
		});
		return byCode;
	}

}
