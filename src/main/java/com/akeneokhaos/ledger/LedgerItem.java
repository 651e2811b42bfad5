package com.akeneokhaos.ledger;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the ledger records of an item it publishes: the Akeneo item (key, kind, uuid, SKU, family, parent
 * model, {@code updated}) and the Khaos item it maps to (StockID, stock code, SCS parent's StockID).
 */
public interface LedgerItem {

	String itemKey();

	ItemKind kind();

	@Nullable String akeneoUuid();

	@Nullable String sku();

	@Nullable String family();

	@Nullable String parentCode();

	@Nullable String akeneoUpdated();

	String stockId();

	@Nullable String stockCode();

	/** The StockID of the SCS parent this item is a child of, or null. */
	@Nullable String parentStockId();

	/** The Akeneo categories the item is in. */
	List<String> categories();

}
