package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The generated channels, locales and families in Akeneo's shapes. */
final class ReferenceCatalogue {

	static final List<String> ENABLED_LOCALES = List.of("en_GB", "fr_FR");

	/** Attribute codes per family, in family order. */
	static final Map<String, List<String>> FAMILY_ATTRIBUTES = Map.of(
			"clothing", List.of("sku", "name", "description", "price", "cost_price", "weight", "brand", "season",
					"materials", "ean", "web_visible", "release_date", "lead_time_days"),
			"homeware", List.of("sku", "name", "description", "price", "cost_price", "weight", "height", "width", "depth",
					"brand", "materials", "ean", "web_visible", "release_date", "lead_time_days"),
			"electronics", List.of("sku", "name", "description", "price", "cost_price", "weight", "height", "width",
					"depth", "brand", "ean", "web_visible", "release_date", "lead_time_days"));

	private static final List<String> FAMILY_ORDER = List.of("clothing", "homeware", "electronics");

	private ReferenceCatalogue() {
	}

	static List<ObjectNode> channels() {
		return List.of(channel("ecommerce", List.of("en_GB", "fr_FR"), List.of("GBP", "EUR"), "E-commerce", "E-commerce"),
				channel("print", List.of("en_GB"), List.of("GBP"), "Print", "Impression"));
	}

	static List<ObjectNode> locales() {
		List<ObjectNode> locales = new ArrayList<>();
		for (String code : List.of("de_DE", "en_GB", "fr_FR")) {
			ObjectNode locale = Json.object();
			locale.put("code", code);
			locale.put("enabled", ENABLED_LOCALES.contains(code));
			locales.add(locale);
		}
		return locales;
	}

	static List<ObjectNode> families() {
		return families(false);
	}

	/** The families; with {@code withAxes}, each lists its variant axis attributes after the usual ones. */
	static List<ObjectNode> families(boolean withAxes) {
		return FAMILY_ORDER.stream().map(code -> family(code, withAxes)).toList();
	}

	private static ObjectNode family(String code, boolean withAxes) {
		ObjectNode family = Json.object();
		family.put("code", code);
		family.put("attribute_as_label", "name");
		family.putNull("attribute_as_image");
		ArrayNode attributes = family.putArray("attributes");
		(withAxes ? VariantAxes.familyAttributes(code) : FAMILY_ATTRIBUTES.get(code)).forEach(attributes::add);
		ObjectNode requirements = family.putObject("attribute_requirements");
		addAll(requirements.putArray("ecommerce"), List.of("sku", "name", "description", "price"));
		addAll(requirements.putArray("print"), List.of("sku", "name", "price"));
		String label = Character.toUpperCase(code.charAt(0)) + code.substring(1);
		family.set("labels", Json.labels(label, label));
		return family;
	}

	private static ObjectNode channel(String code, List<String> locales, List<String> currencies, String english,
			String french) {
		ObjectNode channel = Json.object();
		channel.put("code", code);
		addAll(channel.putArray("currencies"), currencies);
		addAll(channel.putArray("locales"), locales);
		channel.put("category_tree", Departments.MASTER);
		channel.putObject("conversion_units");
		channel.set("labels", Json.labels(english, french));
		return channel;
	}

	private static void addAll(ArrayNode array, List<String> values) {
		values.forEach(array::add);
	}

}
