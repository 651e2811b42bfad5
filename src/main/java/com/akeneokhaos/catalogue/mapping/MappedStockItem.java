package com.akeneokhaos.catalogue.mapping;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * A Khaos {@code StockItem} as the mapping produced it, split by ownership: {@code always} fields go in
 * every publication, {@code onCreate} fields only in the first. Fields owned by Khaos ({@code never})
 * are not here at all. Neither part ever holds a JSON null.
 */
public record MappedStockItem(@Nullable String stockCode, ObjectNode always, ObjectNode onCreate) {

	/** The payload Khaos gets when the item is created: every mapped field. */
	public ObjectNode forCreate() {
		ObjectNode merged = always.deepCopy();
		onCreate.properties().forEach(e -> merge(merged, e.getKey(), e.getValue()));
		return merged;
	}

	private static void merge(ObjectNode target, String name, tools.jackson.databind.JsonNode value) {
		if (value.isObject() && target.get(name) instanceof ObjectNode existing) {
			value.properties().forEach(e -> merge(existing, e.getKey(), e.getValue()));
		}
		else {
			target.set(name, value.deepCopy());
		}
	}

}
