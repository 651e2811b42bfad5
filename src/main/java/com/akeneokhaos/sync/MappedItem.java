package com.akeneokhaos.sync;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sync.mapping.MappedStockItem;

/**
 * An Akeneo item ready to publish: its ledger identity (key, kind, structure), the Khaos {@code StockItem}
 * the mapping produced for it and, for SCS items, its relationship ({@code SCSParent} or {@code SCSChild}).
 * {@code deliveryRank} puts SCS parents (0) before their children (1) in what Khaos takes.
 */
public record MappedItem(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String sku,
		@Nullable String family, @Nullable String parentCode, @Nullable String akeneoUpdated, String stockId,
		MappedStockItem stockItem, @Nullable ObjectNode relationship, int deliveryRank) {

	/** A standalone item: no relationship, delivered with the parents. */
	public MappedItem(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String sku,
			@Nullable String family, @Nullable String parentCode, @Nullable String akeneoUpdated, String stockId,
			MappedStockItem stockItem) {
		this(itemKey, kind, akeneoUuid, sku, family, parentCode, akeneoUpdated, stockId, stockItem, null, 0);
	}

	public @Nullable String stockCode() {
		return stockItem.stockCode();
	}

}
