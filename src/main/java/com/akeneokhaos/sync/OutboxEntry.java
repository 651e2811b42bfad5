package com.akeneokhaos.sync;

import org.jspecify.annotations.Nullable;

/**
 * One change for Khaos: the StockItem JSON (and SCS relationship, if any) as it will be served.
 * {@code deliveryRank} orders SCS parents and standalone items ({@link #RANK_PARENTS}) before SCS children
 * ({@link #RANK_CHILDREN}), and both before discontinued items ({@link #RANK_DISCONTINUED}): an old code
 * stays orderable until what replaces it is in Khaos.
 */
public record OutboxEntry(String stockId, String itemKey, @Nullable String stockCode, ChangeType changeType,
		int deliveryRank, String payload, @Nullable String relationship, String payloadHash) {

	public static final int RANK_PARENTS = 0;

	public static final int RANK_CHILDREN = 1;

	public static final int RANK_DISCONTINUED = 2;

	/** Why the entry exists. */
	public enum ChangeType {

		CREATE, UPDATE, DISCONTINUE

	}

}
