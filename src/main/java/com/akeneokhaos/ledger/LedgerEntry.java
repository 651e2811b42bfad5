package com.akeneokhaos.ledger;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What the ledger last recorded about one Akeneo item and its Khaos counterpart. {@code categories} is the
 * stored form of the item's Akeneo categories ({@link LedgerCategories#text}), null when never recorded.
 */
public record LedgerEntry(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String parentCode,
		@Nullable String family, @Nullable String sku, String stockId, @Nullable String stockCode,
		@Nullable String payloadHash, LedgerStatus status, @Nullable LocalDateTime firstPublishedAt,
		@Nullable LocalDateTime confirmedAt, @Nullable String categories) {

	public boolean wasPublished() {
		return firstPublishedAt != null;
	}

}
