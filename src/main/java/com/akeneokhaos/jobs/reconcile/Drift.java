package com.akeneokhaos.jobs.reconcile;

import org.jspecify.annotations.Nullable;

/**
 * One difference found: which item (ledger key, Khaos StockID and code, Akeneo uuid), its kind, the field
 * and both values when it is about a field, and a sentence for anything else (a rule, a proposed link).
 */
record Drift(@Nullable String itemKey, @Nullable String stockId, @Nullable String stockCode,
		@Nullable String akeneoUuid, DriftKind kind, @Nullable String field, @Nullable String akeneoValue,
		@Nullable String khaosValue, @Nullable String detail) {

	/** A drift about the item as a whole. */
	static Drift of(@Nullable String itemKey, @Nullable String stockId, @Nullable String stockCode,
			@Nullable String akeneoUuid, DriftKind kind, @Nullable String detail) {
		return new Drift(itemKey, stockId, stockCode, akeneoUuid, kind, null, null, null, detail);
	}

}
