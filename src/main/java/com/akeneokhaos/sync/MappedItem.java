package com.akeneokhaos.sync;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sync.mapping.MappedStockItem;

/**
 * An Akeneo item ready to publish: its ledger identity (key, kind, structure), the Khaos {@code StockItem}
 * the mapping produced for it and, for SCS items, its relationship ({@code SCSParent} or {@code SCSChild}).
 * {@code deliveryRank} puts SCS parents (0) before their children (1) in what Khaos takes.
 * {@code takesCodeFrom} is the ledger row of an item whose Akeneo product or model is gone and whose stock
 * code this item claims: the writer retires that item, freeing the code, before publishing this one.
 */
public record MappedItem(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String sku,
		@Nullable String family, @Nullable String parentCode, @Nullable String akeneoUpdated, String stockId,
		MappedStockItem stockItem, @Nullable ObjectNode relationship, int deliveryRank,
		@Nullable LedgerEntry takesCodeFrom) {

	public MappedItem(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String sku,
			@Nullable String family, @Nullable String parentCode, @Nullable String akeneoUpdated, String stockId,
			MappedStockItem stockItem, @Nullable ObjectNode relationship, int deliveryRank) {
		this(itemKey, kind, akeneoUuid, sku, family, parentCode, akeneoUpdated, stockId, stockItem, relationship,
				deliveryRank, null);
	}

	/** A standalone item: no relationship, delivered with the parents. */
	public MappedItem(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String sku,
			@Nullable String family, @Nullable String parentCode, @Nullable String akeneoUpdated, String stockId,
			MappedStockItem stockItem) {
		this(itemKey, kind, akeneoUuid, sku, family, parentCode, akeneoUpdated, stockId, stockItem, null, 0);
	}

	public @Nullable String stockCode() {
		return stockItem.stockCode();
	}

	/** The same item on another Khaos item (the ledger's, or the successor of a replaced one). */
	MappedItem withStockId(String newStockId) {
		return new MappedItem(itemKey, kind, akeneoUuid, sku, family, parentCode, akeneoUpdated, newStockId, stockItem,
				relationship, deliveryRank, takesCodeFrom);
	}

}
