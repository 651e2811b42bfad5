package com.akeneokhaos.khaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.outbox.OutboxRow;

/**
 * Renders a ProvidedStock page as KCC's {@code StockChanges}:
 * {@code {"StockItems":{"Items":[...]},"Relationships":{"Relationships":[...]}}}. Nulls are dropped, since
 * they break KCC imports; a relationship without a {@code StockID} gets the one of its entry.
 */
final class StockChanges {

	private final JsonMapper json;

	StockChanges(JsonMapper json) {
		this.json = json;
	}

	String render(List<OutboxRow> rows) {
		ObjectNode root = json.createObjectNode();
		ArrayNode items = root.putObject("StockItems").putArray("Items");
		ArrayNode relationships = root.putObject("Relationships").putArray("Relationships");
		for (OutboxRow row : rows) {
			items.add(withoutNulls(json.readTree(row.payload())));
			if (row.relationship() != null && !row.relationship().isBlank()) {
				JsonNode relationship = withoutNulls(json.readTree(row.relationship()));
				if (relationship instanceof ObjectNode object && !object.has("StockID")) {
					object.put("StockID", row.stockId());
				}
				relationships.add(relationship);
			}
		}
		return json.writeValueAsString(root);
	}

	static JsonNode withoutNulls(JsonNode node) {
		if (node instanceof ObjectNode object) {
			List<String> nulls = new ArrayList<>();
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				if (field.getValue().isNull()) {
					nulls.add(field.getKey());
				}
				else {
					withoutNulls(field.getValue());
				}
			}
			object.remove(nulls);
		}
		else if (node instanceof ArrayNode array) {
			for (int i = array.size() - 1; i >= 0; i--) {
				if (array.get(i).isNull()) {
					array.remove(i);
				}
				else {
					withoutNulls(array.get(i));
				}
			}
		}
		return node;
	}

}
