package com.akeneokhaos.sync;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.sync.mapping.MappedStockItem;

/**
 * An Akeneo item ready to publish: its ledger identity (key, kind, structure) and the Khaos
 * {@code StockItem} the mapping produced for it.
 */
public record MappedItem(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String sku,
		@Nullable String family, @Nullable String parentCode, @Nullable String akeneoUpdated, String stockId,
		MappedStockItem stockItem) {

	public @Nullable String stockCode() {
		return stockItem.stockCode();
	}

}
