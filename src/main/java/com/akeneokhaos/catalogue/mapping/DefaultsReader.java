package com.akeneokhaos.catalogue.mapping;

import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/** Reads the {@code defaults:} section: locale and scope are required, currency and category tree optional. */
final class DefaultsReader {

	private static final Set<String> KEYS = Set.of("locale", "scope", "currency", "category-tree");

	private final Consumer<String> report;

	DefaultsReader(Problems problems) {
		this.report = message -> problems.general("defaults " + message);
	}

	MappingDefaults read(JsonNode node) {
		if (node == null || !node.isObject()) {
			report.accept("is missing or not a map; give at least { locale: en_GB, scope: ecommerce }");
			return new MappingDefaults("", "", null, null);
		}
		Keys.checkKnown(node, KEYS, report, "key");
		String locale = required(node, "locale");
		String scope = required(node, "scope");
		String currency = Keys.text(node, "currency", report).orElse(null);
		String tree = Keys.text(node, "category-tree", report).orElse(null);
		return new MappingDefaults(locale, scope, currency, tree);
	}

	private String required(JsonNode node, String key) {
		if (!node.has(key)) {
			report.accept("needs '" + key + "'");
		}
		return Keys.text(node, key, report).orElse("");
	}

}
