package com.akeneokhaos.khaos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A checked StockStatusUpload body: {@code {"Statuses":[{StockID, SiteID, Levels:{Available, OnOrder}}]}},
 * at most {@value #MAX_STATUSES} statuses.
 *
 * @param statuses the levels per item and site
 */
record StockStatusBody(List<Status> statuses) {

	static final int MAX_STATUSES = 100;

	/** The levels of one item at one site. */
	record Status(String stockId, String site, @Nullable BigDecimal available, @Nullable BigDecimal onOrder) {
	}

	/** The last levels given for each item and site, in that order (the order rows are locked in). */
	private static List<Status> lastPerItemAndSite(List<Status> statuses) {
		Map<List<String>, Status> last = new TreeMap<>(
				Comparator.comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
		statuses.forEach(status -> last.put(List.of(status.stockId(), status.site()), status));
		return List.copyOf(last.values());
	}

	static StockStatusBody from(JsonNode root) {
		Fields.object(root, "StockStatusUpload body");
		if (!root.has("Statuses")) {
			throw ChannelRequestException.badRequest("StockStatusUpload body has no Statuses");
		}
		List<JsonNode> nodes = Fields.array(root, "Statuses");
		if (nodes.size() > MAX_STATUSES) {
			throw ChannelRequestException
				.badRequest("StockStatusUpload holds " + nodes.size() + " statuses, at most " + MAX_STATUSES);
		}
		List<Status> statuses = new ArrayList<>();
		for (JsonNode node : nodes) {
			Fields.object(node, "Each of Statuses");
			String stockId = Fields.required(node, "StockID", 64, "A stock status");
			String site = Fields.required(node, "SiteID", 100, "A stock status");
			JsonNode levels = node.get("Levels");
			if (levels != null && !levels.isNull()) {
				Fields.object(levels, "Levels");
			}
			statuses.add(new Status(stockId, site, Fields.decimal(levels, "Available"),
					Fields.decimal(levels, "OnOrder")));
		}
		return new StockStatusBody(lastPerItemAndSite(statuses));
	}

}
