package com.akeneokhaos.khaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.outbox.PayloadHash;

/**
 * A checked StockUpload body: {@code {"Items":[StockItem...],"Deleted":[StockID...]}}.
 *
 * @param items the uploaded stock items
 * @param deleted the StockIDs Khaos deleted
 */
record StockUploadBody(List<Item> items, List<String> deleted) {

	/** One stock item as Khaos holds it, with the hash of its canonical form. */
	record Item(String stockId, @Nullable String stockCode, String payload, String payloadHash) {

		@Nullable String stockCodeKey() {
			return (stockCode != null) ? stockCode.toUpperCase(Locale.ROOT) : null;
		}

	}

	/** The last item uploaded for each StockID, in StockID order (the order rows are locked in). */
	private static List<Item> lastPerStockId(List<Item> items) {
		Map<String, Item> last = new TreeMap<>();
		items.forEach(item -> last.put(item.stockId(), item));
		return List.copyOf(last.values());
	}

	static StockUploadBody from(JsonNode root) {
		Fields.object(root, "StockUpload body");
		if (!root.has("Items") && !root.has("Deleted")) {
			throw ChannelRequestException.badRequest("StockUpload body has neither Items nor Deleted");
		}
		List<Item> items = new ArrayList<>();
		for (JsonNode node : Fields.array(root, "Items")) {
			Fields.object(node, "Each of Items");
			String stockId = Fields.required(node, "StockID", 64, "A stock item");
			String code = Fields.text(node, "StockCode", 30);
			items.add(new Item(stockId, code, node.toString(), PayloadHash.of(node)));
		}
		List<String> deleted = new ArrayList<>();
		for (JsonNode node : Fields.array(root, "Deleted")) {
			String stockId = Fields.scalar(node, "Deleted", 64);
			if (stockId == null) {
				throw ChannelRequestException.badRequest("Deleted holds an empty StockID");
			}
			deleted.add(stockId);
		}
		return new StockUploadBody(lastPerStockId(items), deleted.stream().distinct().sorted().toList());
	}

}
