package com.akeneokhaos.sandbox.akeneo;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * The attributes an item holds in Akeneo's search index ({@code attributes_for_this_level} plus
 * {@code attributes_of_ancestors}), which an {@code EMPTY} attribute filter requires besides a missing value: a
 * product holds every attribute of its family (none without one); a root model the family's attributes outside
 * every variant level of its family variant; a sub-model those plus its level's. Computed from the reference data
 * once per family (and level) for the lifetime of one search.
 */
final class FamilyAttributes {

	private final ReferenceStore reference;

	private final Map<String, Set<String>> byFamily = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> byModelLevel = new ConcurrentHashMap<>();

	FamilyAttributes(ReferenceStore reference) {
		this.reference = reference;
	}

	Set<String> ofProduct(String family) {
		return family == null ? Set.of() : byFamily.computeIfAbsent(family, this::familyAttributes);
	}

	/** @param level 0 for a root model, 1 for a sub-model */
	Set<String> ofModel(String family, String familyVariant, int level) {
		if (family == null) {
			return Set.of();
		}
		return byModelLevel.computeIfAbsent(family + "/" + familyVariant + "/" + level,
				key -> withoutLevelsBelow(family, familyVariant, level));
	}

	private Set<String> withoutLevelsBelow(String family, String familyVariant, int level) {
		Set<String> attributes = new HashSet<>(ofProduct(family));
		JsonNode variant = reference.item(ReferenceStore.familyVariantsPath(family), familyVariant)
			.map(JsonNode.class::cast)
			.orElse(Json.object());
		for (JsonNode set : variant.path("variant_attribute_sets")) {
			if (set.path("level").asInt() > level) {
				set.path("attributes").forEach(code -> attributes.remove(code.asString()));
				set.path("axes").forEach(code -> attributes.remove(code.asString()));
			}
		}
		return Set.copyOf(attributes);
	}

	private Set<String> familyAttributes(String family) {
		Set<String> attributes = new HashSet<>();
		reference.item("families", family)
			.ifPresent(json -> json.path("attributes").forEach(code -> attributes.add(code.asString())));
		return Set.copyOf(attributes);
	}

}
