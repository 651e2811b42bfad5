package com.akeneokhaos.outbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

	/** Discontinues Khaos item {@code stockId} (never deletes it) and takes it off the web, under {@code stockCode}. */
	public static OutboxEntry discontinue(String stockId, String itemKey, @Nullable String stockCode, int deliveryRank) {
		ObjectNode payload = JsonNodeFactory.instance.objectNode().put("StockID", stockId);
		if (stockCode != null) {
			payload.put("StockCode", stockCode);
		}
		payload.putObject("Options").put("Discontinued", true).put("PublishOnWeb", false);
		return new OutboxEntry(stockId, itemKey, stockCode, ChangeType.DISCONTINUE, deliveryRank, payload.toString(),
				null, PayloadHash.of(payload));
	}

	/** Why the entry exists. */
	public enum ChangeType {

		CREATE, UPDATE, DISCONTINUE

	}

}
