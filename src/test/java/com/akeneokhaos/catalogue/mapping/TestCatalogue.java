package com.akeneokhaos.catalogue.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.AttributeOption;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.Channel;
import com.akeneokhaos.akeneo.Family;
import com.akeneokhaos.akeneo.ReferenceData;

/** Reference data shaped like the test catalogue: the attributes the shipped mapping uses, plus a few extras. */
public final class TestCatalogue {

	private TestCatalogue() {
	}

	public static ReferenceData referenceData() {
		return new ReferenceData(attributes(), options(), categories(), channels(), List.of("en_GB", "fr_FR"),
				Map.of("clothing", new Family("clothing", List.copyOf(attributes().keySet()), "name")));
	}

	static Map<String, Attribute> attributes() {
		Map<String, Attribute> attributes = new HashMap<>();
		add(attributes, "sku", Attribute.IDENTIFIER, false, false, null, null);
		add(attributes, "name", "pim_catalog_text", true, false, null, null);
		add(attributes, "description", "pim_catalog_textarea", true, true, null, null);
		add(attributes, "price", "pim_catalog_price_collection", false, false, null, null);
		add(attributes, "cost_price", "pim_catalog_price_collection", false, false, null, null);
		add(attributes, "weight", "pim_catalog_metric", false, false, "Weight", "GRAM");
		for (String dimension : List.of("height", "width", "depth")) {
			add(attributes, dimension, "pim_catalog_metric", false, false, "Length", "CENTIMETER");
		}
		add(attributes, "volume", "pim_catalog_metric", false, false, "Volume", "LITER");
		add(attributes, "temperature", "pim_catalog_metric", false, false, "Temperature", "CELSIUS");
		add(attributes, "brand", "pim_catalog_simpleselect", false, false, null, null);
		add(attributes, "season", "pim_catalog_simpleselect", false, false, null, null);
		add(attributes, "materials", "pim_catalog_multiselect", false, false, null, null);
		add(attributes, "ean", "pim_catalog_text", false, false, null, null);
		add(attributes, "image_url", "pim_catalog_text", false, false, null, null);
		add(attributes, "web_visible", "pim_catalog_boolean", false, false, null, null);
		add(attributes, "release_date", "pim_catalog_date", false, false, null, null);
		add(attributes, "lead_time_days", "pim_catalog_number", false, false, null, null);
		add(attributes, "photo", "pim_catalog_image", false, false, null, null);
		return attributes;
	}

	private static void add(Map<String, Attribute> attributes, String code, String type, boolean localizable,
			boolean scopable, String metricFamily, String defaultUnit) {
		attributes.put(code, new Attribute(code, type, localizable, scopable, metricFamily, defaultUnit,
				Map.of("en_GB", label(code))));
	}

	private static String label(String code) {
		return Character.toUpperCase(code.charAt(0)) + code.substring(1).replace('_', ' ');
	}

	static Map<String, Map<String, AttributeOption>> options() {
		return Map.of("brand",
				options(new AttributeOption("acme", Map.of("en_GB", "Acme Outfitters", "fr_FR", "Acme Vêtements")),
						new AttributeOption("nolabel", Map.of())),
				"season", options(new AttributeOption("ss24", Map.of("en_GB", "Spring/Summer 2024"))), "materials",
				options(new AttributeOption("cotton", Map.of("en_GB", "Cotton", "fr_FR", "Coton")),
						new AttributeOption("linen", Map.of("en_GB", "Linen", "fr_FR", "Lin"))));
	}

	private static Map<String, AttributeOption> options(AttributeOption... options) {
		Map<String, AttributeOption> byCode = new HashMap<>();
		for (AttributeOption option : options) {
			byCode.put(option.code(), option);
		}
		return byCode;
	}

	static Map<String, Category> categories() {
		Map<String, Category> categories = new HashMap<>();
		category(categories, "master", null, "Master catalogue");
		category(categories, "womens", "master", "Womenswear");
		category(categories, "womens_dresses", "womens", "Dresses");
		category(categories, "womens_dresses_maxi", "womens_dresses", "Maxi dresses");
		category(categories, "mens", "master", "Menswear");
		category(categories, "mens_shirts", "mens", "Shirts");
		category(categories, "accessories", "master", "");
		category(categories, "accessories_bags", "accessories", "Bags");
		category(categories, "sale", null, "Sale");
		category(categories, "sale_summer", "sale", "Summer sale");
		category(categories, "sale_summer_deep", "sale_summer", "Deep summer sale");
		return categories;
	}

	private static void category(Map<String, Category> categories, String code, String parent, String label) {
		categories.put(code, new Category(code, parent, Map.of("en_GB", label, "fr_FR", label + " (fr)"), null));
	}

	static Map<String, Channel> channels() {
		return Map.of("ecommerce", new Channel("ecommerce", List.of("en_GB", "fr_FR"), List.of("GBP", "EUR"), "master"),
				"print", new Channel("print", List.of("en_GB"), List.of("GBP"), "master"));
	}

}
