package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.AttributeOption;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.Channel;
import com.akeneokhaos.akeneo.Family;
import com.akeneokhaos.akeneo.ReferenceData;

import tools.jackson.databind.JsonNode;

/** Converts the sandbox's Akeneo JSON into the production code's records, for tests that skip HTTP. */
final class DomainRecords {

	private DomainRecords() {
	}

	static ReferenceData referenceData(ReferenceJson json) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		json.attributes().forEach(a -> attributes.put(text(a, "code"), attribute(a)));
		Map<String, Map<String, AttributeOption>> options = new LinkedHashMap<>();
		json.options().forEach((code, list) -> {
			Map<String, AttributeOption> byCode = new LinkedHashMap<>();
			list.forEach(o -> byCode.put(text(o, "code"), new AttributeOption(text(o, "code"), labels(o))));
			options.put(code, byCode);
		});
		Map<String, Category> categories = new LinkedHashMap<>();
		json.categories().forEach(c -> categories.put(text(c, "code"),
				new Category(text(c, "code"), text(c, "parent"), labels(c), text(c, "updated"))));
		Map<String, Channel> channels = new LinkedHashMap<>();
		json.channels().forEach(c -> channels.put(text(c, "code"), new Channel(text(c, "code"),
				strings(c.get("locales")), strings(c.get("currencies")), text(c, "category_tree"))));
		List<String> locales = json.locales().stream().filter(l -> l.path("enabled").asBoolean())
			.map(l -> text(l, "code")).toList();
		Map<String, Family> families = new LinkedHashMap<>();
		json.families().forEach(f -> families.put(text(f, "code"),
				new Family(text(f, "code"), strings(f.get("attributes")), text(f, "attribute_as_label"))));
		return new ReferenceData(attributes, options, categories, channels, locales, families);
	}

	static AkeneoProduct product(JsonNode json) {
		Map<String, List<AkeneoValue>> values = new LinkedHashMap<>();
		json.path("values").propertyStream().forEach(entry -> {
			List<AkeneoValue> list = new ArrayList<>();
			entry.getValue().forEach(v -> list.add(new AkeneoValue(text(v, "locale"), text(v, "scope"), v.get("data"))));
			values.put(entry.getKey(), list);
		});
		return new AkeneoProduct(text(json, "uuid"), text(json, "family"), text(json, "parent"),
				json.path("enabled").asBoolean(true), strings(json.get("categories")), values, text(json, "updated"));
	}

	private static Attribute attribute(JsonNode a) {
		return new Attribute(text(a, "code"), text(a, "type"), a.path("localizable").asBoolean(),
				a.path("scopable").asBoolean(), text(a, "metric_family"), text(a, "default_metric_unit"), labels(a));
	}

	private static Map<String, String> labels(JsonNode node) {
		Map<String, String> labels = new LinkedHashMap<>();
		node.path("labels").propertyStream().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
		return labels;
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		if (array != null) {
			array.forEach(s -> strings.add(s.asString()));
		}
		return strings;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
