package com.akeneokhaos.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.ledger.ItemKeys;

/**
 * How a root product model becomes a Khaos SCS parent. Khaos holds no stock on a parent, so it is never
 * stock controlled and, when Akeneo has no cost on the model (costs live on variants), it is created with
 * a buy price of 0, as Khaos's own parents are.
 */
public final class ScsParents {

	private ScsParents() {
	}

	/** The model seen as a product, so the product mapping applies; its code stands in for the SKU. */
	public static AkeneoProduct asProduct(AkeneoProductModel model, String identifierAttribute) {
		Map<String, List<AkeneoValue>> values = new HashMap<>(model.values());
		values.put(identifierAttribute,
				List.of(new AkeneoValue(null, null, JsonNodeFactory.instance.stringNode(model.code()))));
		return new AkeneoProduct(ItemKeys.forModel(model.code()), model.family(), null, true, model.categories(), values,
				model.updated());
	}

	public static MappedStockItem withParentDefaults(MappedStockItem item) {
		ObjectNode onCreate = item.onCreate().deepCopy();
		onCreate.withObject("/Options").put("StockControlled", false);
		if (!item.forCreate().has("BuyPrice")) {
			onCreate.withObject("/BuyPrice").put("Net", 0);
		}
		ObjectNode always = item.always().deepCopy();
		if (always.get("Options") instanceof ObjectNode options) {
			options.remove("StockControlled");
		}
		return new MappedStockItem(item.stockCode(), always, onCreate);
	}

	public static ObjectNode relationship(List<String> headings) {
		ObjectNode relationship = JsonNodeFactory.instance.objectNode();
		relationship.putObject("SCSParent").putArray("Headings").addAll(
				headings.stream().map(JsonNodeFactory.instance::stringNode).toList());
		return relationship;
	}

}
