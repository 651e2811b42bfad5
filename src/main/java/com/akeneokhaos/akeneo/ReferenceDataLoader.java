package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Reads every page of Akeneo's reference endpoints into one {@link ReferenceData}. The endpoints (and the options of
 * each select attribute) are read at once ({@link AtOnce}), each endpoint's pages one after another.
 */
final class ReferenceDataLoader {

	private final AkeneoHttp http;

	ReferenceDataLoader(AkeneoHttp http) {
		this.http = http;
	}

	ReferenceData load() {
		try (AtOnce reads = new AtOnce()) {
			var attributes = reads.start(() -> byCode(ReferenceJson::attribute, Attribute::code, "attributes"));
			var categories = reads.start(() -> byCode(ReferenceJson::category, Category::code, "categories"));
			var channels = reads.start(() -> byCode(ReferenceJson::channel, Channel::code, "channels"));
			var locales = reads.start(this::enabledLocales);
			var families = reads.start(() -> byCode(ReferenceJson::family, Family::code, "families"));
			return new ReferenceData(AtOnce.joined(attributes), options(AtOnce.joined(attributes), reads),
					AtOnce.joined(categories), AtOnce.joined(channels), AtOnce.joined(locales), AtOnce.joined(families));
		}
	}

	private Map<String, Map<String, AttributeOption>> options(Map<String, Attribute> attributes, AtOnce reads) {
		List<String> selects = attributes.values().stream().filter(ReferenceJson::isSelect).map(Attribute::code).toList();
		return reads.each(selects,
				code -> Map.copyOf(byCode(ReferenceJson::option, AttributeOption::code, "attributes", code, "options")));
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
