package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The generated attributes and select options in Akeneo's shapes. The codes are fixed: the shipped
 * {@code jobs/catalogue-mapping.yml} refers to them.
 */
final class AttributeCatalogue {

	private record Definition(String code, String type, String group, boolean localizable, boolean scopable,
			String metricFamily, String defaultUnit, String english, String french) {
	}

	private static final List<Definition> DEFINITIONS = List.of(
			new Definition("sku", "pim_catalog_identifier", "general", false, false, null, null, "SKU", "SKU"),
			new Definition("name", "pim_catalog_text", "general", true, false, null, null, "Name", "Nom"),
			new Definition("description", "pim_catalog_textarea", "general", true, true, null, null, "Description",
					"Description"),
			new Definition("price", "pim_catalog_price_collection", "marketing", false, false, null, null, "Price", "Prix"),
			new Definition("cost_price", "pim_catalog_price_collection", "erp", false, false, null, null, "Cost price",
					"Prix de revient"),
			new Definition("weight", "pim_catalog_metric", "technical", false, false, "Weight", "GRAM", "Weight", "Poids"),
			new Definition("height", "pim_catalog_metric", "technical", false, false, "Length", "CENTIMETER", "Height",
					"Hauteur"),
			new Definition("width", "pim_catalog_metric", "technical", false, false, "Length", "CENTIMETER", "Width",
					"Largeur"),
			new Definition("depth", "pim_catalog_metric", "technical", false, false, "Length", "CENTIMETER", "Depth",
					"Profondeur"),
			new Definition("brand", "pim_catalog_simpleselect", "marketing", false, false, null, null, "Brand", "Marque"),
			new Definition("season", "pim_catalog_simpleselect", "marketing", false, false, null, null, "Season", "Saison"),
			new Definition("materials", "pim_catalog_multiselect", "technical", false, false, null, null, "Materials",
					"Matières"),
			new Definition("ean", "pim_catalog_text", "erp", false, false, null, null, "EAN barcode", "Code EAN"),
			new Definition("web_visible", "pim_catalog_boolean", "marketing", false, false, null, null, "Visible on web",
					"Visible sur le web"),
			new Definition("release_date", "pim_catalog_date", "marketing", false, false, null, null, "Release date",
					"Date de sortie"),
			new Definition("lead_time_days", "pim_catalog_number", "erp", false, false, null, null, "Lead time (days)",
					"Délai (jours)"));

	/** The variant axis attributes, added to the reference data only when a catalogue has product models. */
	private static final List<Definition> AXIS_DEFINITIONS = List.of(
			new Definition("colour", "pim_catalog_simpleselect", "marketing", false, false, null, null, "Colour",
					"Couleur"),
			new Definition("size", "pim_catalog_simpleselect", "marketing", false, false, null, null, "Size", "Taille"),
			new Definition("fit", "pim_catalog_simpleselect", "marketing", false, false, null, null, "Fit", "Coupe"),
			new Definition("pattern", "pim_catalog_simpleselect", "marketing", false, false, null, null, "Pattern",
					"Motif"),
			new Definition("leg_length", "pim_catalog_simpleselect", "marketing", false, false, null, null, "Leg length",
					"Longueur de jambe"));

	private AttributeCatalogue() {
	}

	/**
	 * The axis attributes ({@code colour}, {@code size}, {@code fit}, {@code pattern}, {@code leg_length}),
	 * sorted after the others.
	 */
	static List<ObjectNode> axisAttributes() {
		List<ObjectNode> attributes = new ArrayList<>();
		for (Definition definition : AXIS_DEFINITIONS) {
			attributes.add(toJson(definition, DEFINITIONS.size() + attributes.size() + 1));
		}
		return attributes;
	}

	/** Options per axis attribute code, in sort order. */
	static Map<String, List<ObjectNode>> axisOptions() {
		Map<String, List<ObjectNode>> options = new LinkedHashMap<>();
		VariantAxes.OPTIONS.forEach((attribute, labelled) -> options.put(attribute, toOptions(attribute, labelled)));
		return options;
	}

	static List<ObjectNode> attributes() {
		List<ObjectNode> attributes = new ArrayList<>();
		for (Definition definition : DEFINITIONS) {
			attributes.add(toJson(definition, attributes.size() + 1));
		}
		return attributes;
	}

	/** Options per select attribute code, in sort order. */
	static Map<String, List<ObjectNode>> options() {
		Map<String, List<ObjectNode>> options = new LinkedHashMap<>();
		options.put("brand", toOptions("brand", Words.BRANDS));
		options.put("season", toOptions("season", Words.SEASONS));
		options.put("materials", toOptions("materials", Words.MATERIALS));
		return options;
	}

	private static List<ObjectNode> toOptions(String attribute, List<Words.Labelled> labelled) {
		List<ObjectNode> options = new ArrayList<>();
		for (Words.Labelled option : labelled) {
			ObjectNode json = Json.object();
			json.put("code", option.code());
			json.put("attribute", attribute);
			json.put("sort_order", options.size() + 1);
			json.set("labels", Json.labels(option.english(), option.french()));
			options.add(json);
		}
		return options;
	}

	private static ObjectNode toJson(Definition definition, int sortOrder) {
		ObjectNode json = Json.object();
		json.put("code", definition.code());
		json.put("type", definition.type());
		json.put("group", definition.group());
		json.put("unique", "pim_catalog_identifier".equals(definition.type()));
		json.put("useable_as_grid_filter", true);
		json.putArray("allowed_extensions");
		json.put("metric_family", definition.metricFamily());
		json.put("default_metric_unit", definition.defaultUnit());
		json.putNull("reference_data_name");
		json.putArray("available_locales");
		json.put("max_characters", "pim_catalog_text".equals(definition.type()) ? 255 : null);
		json.put("wysiwyg_enabled", "pim_catalog_textarea".equals(definition.type()));
		json.put("decimals_allowed", decimalsAllowed(definition));
		json.put("negative_allowed", false);
		json.put("sort_order", sortOrder);
		json.put("localizable", definition.localizable());
		json.put("scopable", definition.scopable());
		json.set("labels", Json.labels(definition.english(), definition.french()));
		return json;
	}

	private static Boolean decimalsAllowed(Definition definition) {
		return switch (definition.type()) {
			case "pim_catalog_metric", "pim_catalog_price_collection" -> true;
			case "pim_catalog_number" -> false;
			default -> null;
		};
	}

}
