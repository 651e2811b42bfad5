package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The variant axes and family variants of catalogues with product models: the axis attributes' options,
 * which family gains which axis attributes, and the family variants in the spec's shape.
 */
final class VariantAxes {

	/** One family variant: per level (1, then 2) its axes and the other attributes set at that level. */
	record Definition(String code, String family, String english, String french, List<List<String>> axes,
			List<List<String>> attributes) {

		int levels() {
			return axes.size();
		}

		List<String> axesOf(int level) {
			return axes.get(level - 1);
		}

		/** The attributes (axes included) of a level, as listed in {@code variant_attribute_sets}. */
		List<String> attributesOf(int level) {
			List<String> all = new ArrayList<>(axes.get(level - 1));
			all.addAll(attributes.get(level - 1));
			return all;
		}

	}

	static final String BY_COLOUR_SIZE = "clothing_by_colour_size";

	static final String BY_SIZE = "clothing_by_size";

	static final String BY_COLOUR = "homeware_by_colour";

	static final String BY_FIVE_AXES = "clothing_by_five_axes";

	/** Attributes every variant product owns itself (never inherited). */
	static final List<String> VARIANT_LEVEL = List.of("sku", "ean", "cost_price", "weight");

	static final Map<String, List<Words.Labelled>> OPTIONS = options();

	static final List<Definition> DEFINITIONS = List.of(
			new Definition(BY_COLOUR_SIZE, "clothing", "Clothing by colour and size", "Vêtements par couleur et taille",
					List.of(List.of("colour"), List.of("size")), List.of(List.of("materials"), VARIANT_LEVEL)),
			new Definition(BY_SIZE, "clothing", "Clothing by size", "Vêtements par taille", List.of(List.of("size")),
					List.of(VARIANT_LEVEL)),
			new Definition(BY_COLOUR, "homeware", "Homeware by colour", "Maison par couleur", List.of(List.of("colour")),
					List.of(VARIANT_LEVEL)),
			new Definition(BY_FIVE_AXES, "clothing", "Clothing by colour, fit, pattern, size and leg length",
					"Vêtements par couleur, coupe, motif, taille et longueur",
					List.of(List.of("colour", "fit", "pattern"), List.of("size", "leg_length")),
					List.of(List.of("materials"), VARIANT_LEVEL)));

	/** The axis attributes each family gains when a catalogue has models. */
	static final Map<String, List<String>> FAMILY_AXES = Map.of("clothing",
			List.of("colour", "size", "fit", "pattern", "leg_length"), "homeware", List.of("colour"), "electronics",
			List.of());

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("colour/red", "RED"),
			Map.entry("colour/navy", "NVY"), Map.entry("colour/black", "BLK"), Map.entry("colour/white", "WHT"),
			Map.entry("colour/green", "GRN"), Map.entry("colour/grey", "GRY"), Map.entry("fit/regular", "REG"),
			Map.entry("fit/slim", "SLM"), Map.entry("fit/relaxed", "RLX"), Map.entry("pattern/plain", "PLN"),
			Map.entry("pattern/striped", "STR"), Map.entry("pattern/checked", "CHK"), Map.entry("leg_length/short", "SHT"),
			Map.entry("leg_length/regular", "REG"), Map.entry("leg_length/long", "LNG"));

	private VariantAxes() {
	}

	/** The short form of an option in SKUs and sub-model codes: {@code RED}, {@code XL}, {@code SLM}… */
	static String abbreviation(String attribute, String option) {
		return ABBREVIATIONS.getOrDefault(attribute + "/" + option, option.toUpperCase(Locale.ROOT));
	}

	static Definition definition(String code) {
		return DEFINITIONS.stream().filter(d -> d.code().equals(code)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown family variant " + code));
	}

	/** The family's attributes when the catalogue has models: the usual ones, then its axis attributes. */
	static List<String> familyAttributes(String family) {
		List<String> attributes = new ArrayList<>(ReferenceCatalogue.FAMILY_ATTRIBUTES.get(family));
		attributes.addAll(FAMILY_AXES.get(family));
		return attributes;
	}

	/** Family variants per family code (every family listed, maybe with none), in the spec's shape. */
	static Map<String, List<ObjectNode>> json() {
		Map<String, List<ObjectNode>> byFamily = new LinkedHashMap<>();
		List.of("clothing", "homeware", "electronics").forEach(family -> byFamily.put(family, new ArrayList<>()));
		DEFINITIONS.forEach(definition -> byFamily.get(definition.family()).add(toJson(definition)));
		return byFamily;
	}

	static ObjectNode toJson(Definition definition) {
		ObjectNode json = Json.object();
		json.put("code", definition.code());
		json.set("labels", Json.labels(definition.english(), definition.french()));
		List<String> common = new ArrayList<>(familyAttributes(definition.family()));
		for (int level = 1; level <= definition.levels(); level++) {
			common.removeAll(definition.attributesOf(level));
		}
		// axes that no level uses stay out of the common attributes too: they are for other family variants
		common.removeAll(FAMILY_AXES.get(definition.family()));
		addAll(json.putArray("common_attributes"), common);
		ArrayNode sets = json.putArray("variant_attribute_sets");
		for (int level = 1; level <= definition.levels(); level++) {
			ObjectNode set = sets.addObject();
			set.put("level", level);
			addAll(set.putArray("axes"), definition.axesOf(level));
			addAll(set.putArray("attributes"), definition.attributesOf(level));
		}
		return json;
	}

	private static void addAll(ArrayNode array, List<String> values) {
		values.forEach(array::add);
	}

	private static Map<String, List<Words.Labelled>> options() {
		Map<String, List<Words.Labelled>> options = new LinkedHashMap<>();
		options.put("colour", List.of(new Words.Labelled("red", "Red", "Rouge"), new Words.Labelled("navy", "Navy", "Marine"),
				new Words.Labelled("black", "Black", "Noir"), new Words.Labelled("white", "White", "Blanc"),
				new Words.Labelled("green", "Green", "Vert"), new Words.Labelled("grey", "Grey", "Gris")));
		options.put("size", List.of(new Words.Labelled("xs", "XS", "XS"), new Words.Labelled("s", "S", "S"),
				new Words.Labelled("m", "M", "M"), new Words.Labelled("l", "L", "L"), new Words.Labelled("xl", "XL", "XL"),
				new Words.Labelled("xxl", "XXL", "XXL")));
		options.put("fit", List.of(new Words.Labelled("regular", "Regular", "Classique"),
				new Words.Labelled("slim", "Slim", "Ajustée"), new Words.Labelled("relaxed", "Relaxed", "Ample")));
		options.put("pattern", List.of(new Words.Labelled("plain", "Plain", "Uni"),
				new Words.Labelled("striped", "Striped", "Rayé"), new Words.Labelled("checked", "Checked", "À carreaux")));
		options.put("leg_length", List.of(new Words.Labelled("short", "Short", "Court"),
				new Words.Labelled("regular", "Regular", "Normal"), new Words.Labelled("long", "Long", "Long")));
		return options;
	}

}
