package com.akeneokhaos.sandbox.khaos;

import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stock item as the simulated Khaos holds it.
 *
 * @param stockId the key the channel chose
 * @param stockCode the current stock code
 * @param fields the whole item as last merged (StockID, StockCode and every field the channel sent), or as
 * a Khaos user last edited it
 * @param relationship the item's relationship without its StockID ({@code SCSParent} or
 * {@code SCSChild}, plus e.g. {@code Linked}); an empty object when it has none
 */
public record KhaosStockItem(String stockId, String stockCode, ObjectNode fields, ObjectNode relationship) {

	/** {@code Options.StockControlled}; Khaos creates items stock controlled unless told otherwise. */
	public boolean stockControlled() {
		return option(fields, "StockControlled", true);
	}

	public boolean discontinued() {
		return option(fields, "Discontinued", false);
	}

	public boolean scsParent() {
		return relationship.has("SCSParent");
	}

	public boolean scsChild() {
		return relationship.has("SCSChild");
	}

	public Optional<String> parentStockId() {
		return KhaosJson.text(relationship.get("SCSChild"), "ParentStockID");
	}

	/** A deep copy, so callers cannot change the store. */
	KhaosStockItem copy() {
		return new KhaosStockItem(stockId, stockCode, fields.deepCopy(), relationship.deepCopy());
	}

	static boolean option(JsonNode item, String name, boolean absent) {
		JsonNode options = item.get("Options");
		JsonNode value = options == null ? null : options.get(name);
		return value != null && value.isBoolean() ? value.booleanValue() : absent;
	}

}
