package com.akeneokhaos.akeneo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One product model as Akeneo's {@code product-models} endpoint returns it. The code is the key. A root
 * model has no parent; a sub-model (second level of a two-level family variant) names its root model.
 * {@code family} is empty only when Akeneo (before 3.2) does not send it.
 */
public record AkeneoProductModel(String code, @Nullable String parent, String family, String familyVariant,
		List<String> categories, Map<String, List<AkeneoValue>> values, @Nullable String updated) {

	public AkeneoProductModel {
		categories = List.copyOf(categories);
		values = Map.copyOf(values);
	}

	/** The model's place in its structure (code, parent, family, family variant) without its values. */
	public AkeneoProductModel structureOnly() {
		return new AkeneoProductModel(code, parent, family, familyVariant, List.of(), Map.of(), updated);
	}

	/** Whether this is a root model (no parent model). */
	public boolean isRoot() {
		return parent == null || parent.isEmpty();
	}

	public List<AkeneoValue> valuesOf(String attributeCode) {
		return values.getOrDefault(attributeCode, List.of());
	}

}
