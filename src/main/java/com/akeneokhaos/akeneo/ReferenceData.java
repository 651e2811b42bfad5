package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Akeneo definitions a run needs to read product values: attributes, select options, categories,
 * channels, enabled locales and families. Loaded once per run, never once per product.
 */
public record ReferenceData(Map<String, Attribute> attributes, Map<String, Map<String, AttributeOption>> options,
		Map<String, Category> categories, Map<String, Channel> channels, List<String> locales,
		Map<String, Family> families) {

	public ReferenceData {
		attributes = Map.copyOf(attributes);
		options = Map.copyOf(options);
		categories = Map.copyOf(categories);
		channels = Map.copyOf(channels);
		locales = List.copyOf(locales);
		families = Map.copyOf(families);
	}

	public Optional<Attribute> attribute(String code) {
		return Optional.ofNullable(attributes.get(code));
	}

	public Optional<AttributeOption> option(String attributeCode, String optionCode) {
		return Optional.ofNullable(options.getOrDefault(attributeCode, Map.of()).get(optionCode));
	}

	/**
	 * The main identifier attribute (the SKU), which every Akeneo catalogue has exactly one of; the other
	 * identifier attributes Akeneo 7 allows are values like any other.
	 */
	public Optional<Attribute> identifierAttribute() {
		return attributes.values().stream().filter(Attribute::mainIdentifier).min(Comparator.comparing(Attribute::code));
	}

	/** The path from the tree root down to the given category, root first; empty if unknown. */
	public List<Category> categoryPath(String code) {
		List<Category> path = new ArrayList<>();
		Category current = categories.get(code);
		while (current != null && path.size() < 64) {
			path.add(current);
			current = (current.parent() == null) ? null : categories.get(current.parent());
		}
		Collections.reverse(path);
		return path;
	}

}
