package com.akeneokhaos.sync;

import org.jspecify.annotations.Nullable;

/**
 * One change for Khaos: the StockItem JSON (and SCS relationship, if any) as it will be served.
 * {@code deliveryRank} orders SCS parents (0) before their children (1).
 */
public record OutboxEntry(String stockId, String itemKey, @Nullable String stockCode, ChangeType changeType,
		int deliveryRank, String payload, @Nullable String relationship, String payloadHash) {

	/** Why the entry exists. */
	public enum ChangeType {

		CREATE, UPDATE, DISCONTINUE

	}

}
