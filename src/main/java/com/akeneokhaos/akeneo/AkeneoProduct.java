package com.akeneokhaos.akeneo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One product as Akeneo's {@code products-uuid} endpoint returns it. The uuid is the stable key;
 * the SKU is only the value of the identifier attribute and may change or be empty.
 */
public record AkeneoProduct(String uuid, @Nullable String family, @Nullable String parent, boolean enabled,
		List<String> categories, Map<String, List<AkeneoValue>> values, @Nullable String updated) {

	public AkeneoProduct {
		categories = List.copyOf(categories);
		values = Map.copyOf(values);
	}

	/** Whether Akeneo says this product is a variant of a product model. */
	public boolean isVariant() {
		return parent != null && !parent.isEmpty();
	}

	public List<AkeneoValue> valuesOf(String attributeCode) {
		return values.getOrDefault(attributeCode, List.of());
	}

}
