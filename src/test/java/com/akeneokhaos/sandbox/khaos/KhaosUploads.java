package com.akeneokhaos.sandbox.khaos;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Khaos's side of StockUpload ({@code {"Items":[…], "Deleted":[]}}) and StockStatusUpload
 * ({@code {"Statuses":[{StockCode, StockID, SiteID, Levels:{Available, OnOrder}}]}}), in batches, each
 * post retried on any reply other than 200 as KCC does.
 */
final class KhaosUploads {

	/** How uploads are sent. */
	record Settings(int retries, Duration retryDelay, int batchSize, int siteId) {
	}

	private final ChannelHttp http;

	KhaosUploads(ChannelHttp http) {
		this.http = http;
	}

	/** Uploads the items, then the statuses of the stock-controlled ones; returns the posts that failed. */
	int upload(ChannelEndpoints endpoints, List<KhaosStockItem> items, StockStore store, Settings settings) {
		int failed = uploadItems(endpoints, items, settings);
		if (endpoints.stockStatusUpload().isPresent()) {
			List<KhaosStockItem> controlled = items.stream().filter(KhaosStockItem::stockControlled).toList();
			for (List<KhaosStockItem> batch : batches(controlled, settings.batchSize())) {
				failed += post(endpoints.stockStatusUpload().get(), statuses(batch, store, settings), settings) ? 0
						: 1;
			}
		}
		return failed;
	}

	/** Uploads the items only (StockUpload, no statuses); returns the posts that failed. */
	int uploadItems(ChannelEndpoints endpoints, List<KhaosStockItem> items, Settings settings) {
		int failed = 0;
		if (endpoints.stockUpload().isPresent()) {
			for (List<KhaosStockItem> batch : batches(items, settings.batchSize())) {
				failed += post(endpoints.stockUpload().get(), stockUpload(batch), settings) ? 0 : 1;
			}
		}
		return failed;
	}

	static ObjectNode stockUpload(List<KhaosStockItem> items) {
		ObjectNode body = KhaosJson.object();
		ArrayNode array = body.putArray("Items");
		for (KhaosStockItem item : items) {
			ObjectNode out = array.addObject();
			out.put("StockID", item.stockId());
			out.put("StockCode", item.stockCode());
			item.fields().properties().stream()
				.filter(field -> !"StockID".equals(field.getKey()) && !"StockCode".equals(field.getKey()))
				.forEach(field -> out.set(field.getKey(), field.getValue().deepCopy()));
		}
		body.putArray("Deleted");
		return body;
	}

	static ObjectNode statuses(List<KhaosStockItem> items, StockStore store, Settings settings) {
		ObjectNode body = KhaosJson.object();
		ArrayNode array = body.putArray("Statuses");
		for (KhaosStockItem item : items) {
			ObjectNode status = array.addObject();
			status.put("StockCode", item.stockCode());
			status.put("StockID", item.stockId());
			status.put("SiteID", settings.siteId());
			ObjectNode levels = status.putObject("Levels");
			levels.put("Available", store.available(item.stockId()));
			levels.put("OnOrder", 0.0);
		}
		return body;
	}

	private boolean post(URI uri, ObjectNode body, Settings settings) {
		String json = KhaosJson.write(body);
		for (int attempt = 0; attempt <= settings.retries(); attempt++) {
			if (attempt > 0) {
				pause(settings.retryDelay());
			}
			if (http.post(uri, json).ok()) {
				return true;
			}
		}
		return false;
	}

	private static <T> List<List<T>> batches(List<T> all, int size) {
		int step = Math.max(1, size);
		return java.util.stream.IntStream.range(0, (all.size() + step - 1) / step)
			.mapToObj(i -> all.subList(i * step, Math.min(all.size(), (i + 1) * step))).toList();
	}

	private static void pause(Duration delay) {
		if (delay.isZero() || delay.isNegative()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KhaosSimulatorException("interrupted between upload retries", ex);
		}
	}

}
