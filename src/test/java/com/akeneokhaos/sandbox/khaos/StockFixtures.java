package com.akeneokhaos.sandbox.khaos;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Stock items and StockChanges pages in the shapes of the official ProvidedStock samples. */
final class StockFixtures {

	private StockFixtures() {
	}

	/** A complete, valid, stock-controlled item. */
	static ObjectNode item(String stockId, String stockCode) {
		ObjectNode item = KhaosJson.object();
		item.put("StockID", stockId);
		item.put("StockCode", stockCode);
		item.put("ShortDescription", "Item " + stockCode);
		item.putObject("BuyPrice").put("Net", 2.5);
		item.putObject("SellPrice").put("Gross", 9.99);
		item.putObject("TaxRate").put("Name", "Standard");
		item.putObject("StockType1").put("Name", "Footwear");
		item.putObject("StockType2").put("Name", "Shoes");
		ObjectNode options = item.putObject("Options");
		options.put("PublishOnWeb", true);
		options.put("Discontinued", false);
		options.put("StockControlled", true);
		item.putArray("Barcodes").addObject().put("Barcode", "5012345678900").putObject("Type").put("Name", "GTIN");
		return item;
	}

	/** A valid item for an SCS parent: not stock controlled. */
	static ObjectNode parentItem(String stockId, String stockCode) {
		ObjectNode item = item(stockId, stockCode);
		((ObjectNode) item.get("Options")).put("StockControlled", false);
		return item;
	}

	static ObjectNode scsParent(String stockId, String... headings) {
		ObjectNode relationship = KhaosJson.object();
		relationship.put("StockID", stockId);
		ArrayNode array = relationship.putObject("SCSParent").putArray("Headings");
		for (String heading : headings) {
			array.add(heading);
		}
		return relationship;
	}

	static ObjectNode scsChild(String stockId, String parentStockId, String... values) {
		ObjectNode relationship = KhaosJson.object();
		relationship.put("StockID", stockId);
		ObjectNode child = relationship.putObject("SCSChild");
		child.put("ParentStockID", parentStockId);
		ArrayNode scsValues = child.putArray("SCSValues");
		ArrayNode descriptions = child.putArray("SCSDescriptions");
		for (String value : values) {
			scsValues.add(value);
			descriptions.add(value + " description");
		}
		return relationship;
	}

	/** {@code {StockItems:{Items:[…]}, Relationships:{Relationships:[…]}}}. */
	static ObjectNode stockChanges(List<ObjectNode> items, List<ObjectNode> relationships) {
		ObjectNode page = KhaosJson.object();
		ArrayNode itemArray = page.putObject("StockItems").putArray("Items");
		items.forEach(itemArray::add);
		ArrayNode relArray = page.putObject("Relationships").putArray("Relationships");
		relationships.forEach(relArray::add);
		return page;
	}

	static ObjectNode stockChanges(ObjectNode... items) {
		return stockChanges(List.of(items), List.of());
	}

}
