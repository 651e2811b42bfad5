package com.akeneokhaos.sandbox.khaos;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One ProvidedStock reply: {@code {StockItems:{Items:[…]}, Relationships:{Relationships:[…]}}}, or the
 * older {@code {Items:[…], Deleted:[StockID…]}}. Entries that are not objects are kept as empty objects so
 * the rules reject them rather than the page failing.
 */
record StockChangesPage(List<ObjectNode> items, List<ObjectNode> relationships, List<String> deleted) {

	static StockChangesPage parse(JsonNode root) {
		if (!root.isObject()) {
			throw new KhaosSimulatorException("ProvidedStock reply is not a JSON object");
		}
		List<ObjectNode> items = new ArrayList<>();
		JsonNode stockItems = root.get("StockItems");
		if (stockItems != null) {
			addObjects(stockItems.isArray() ? stockItems : stockItems.get("Items"), items);
		}
		addObjects(root.get("Items"), items);
		List<ObjectNode> relationships = new ArrayList<>();
		JsonNode rels = root.get("Relationships");
		if (rels != null) {
			addObjects(rels.isArray() ? rels : rels.get("Relationships"), relationships);
		}
		List<String> deleted = new ArrayList<>();
		JsonNode gone = root.get("Deleted");
		if (gone != null && gone.isArray()) {
			gone.values().stream().filter(n -> n.isString() || n.isNumber()).map(JsonNode::asString)
				.forEach(deleted::add);
		}
		return new StockChangesPage(items, relationships, deleted);
	}

	boolean isEmpty() {
		return items.isEmpty() && relationships.isEmpty() && deleted.isEmpty();
	}

	private static void addObjects(JsonNode array, List<ObjectNode> into) {
		if (array == null || !array.isArray()) {
			return;
		}
		for (JsonNode node : array.values()) {
			into.add(node.isObject() ? (ObjectNode) node : KhaosJson.object());
		}
	}

}
