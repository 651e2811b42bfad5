package com.akeneokhaos.sandbox.khaos;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The simulated Khaos stock: items by StockID, a case-insensitive stock code index, and levels. */
final class StockStore {

	private final Map<String, KhaosStockItem> items = new LinkedHashMap<>();

	private final Map<String, String> stockIdByCode = new HashMap<>();

	private final Map<String, BigDecimal> available = new HashMap<>();

	Optional<KhaosStockItem> get(String stockId) {
		return Optional.ofNullable(items.get(stockId));
	}

	boolean contains(String stockId) {
		return items.containsKey(stockId);
	}

	/** The StockID holding this code, compared ignoring case as Khaos does. */
	Optional<String> holderOf(String stockCode) {
		return Optional.ofNullable(stockIdByCode.get(key(stockCode)));
	}

	void put(KhaosStockItem item) {
		KhaosStockItem previous = items.put(item.stockId(), item);
		if (previous != null) {
			stockIdByCode.remove(key(previous.stockCode()));
		}
		stockIdByCode.put(key(item.stockCode()), item.stockId());
	}

	Map<String, KhaosStockItem> snapshot() {
		Map<String, KhaosStockItem> copy = new LinkedHashMap<>();
		items.forEach((id, item) -> copy.put(id, item.copy()));
		return copy;
	}

	BigDecimal available(String stockId) {
		return available.getOrDefault(stockId, BigDecimal.ZERO);
	}

	void setAvailable(String stockId, BigDecimal level) {
		available.put(stockId, level);
	}

	private static String key(String stockCode) {
		return stockCode.toUpperCase(Locale.ROOT);
	}

}
