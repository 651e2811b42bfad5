package com.akeneokhaos.outbox;

import org.jspecify.annotations.Nullable;

/**
 * One outbox entry as ProvidedStock serves it.
 *
 * @param id the outbox row id
 * @param stockId the StockID the entry is for
 * @param deliveryRank 0 for standalone items and SCS parents, 1 for children, 2 for discontinued items
 * @param payload the StockItem JSON
 * @param relationship the SCS relationship JSON, if any
 */
public record OutboxRow(long id, String stockId, int deliveryRank, String payload, @Nullable String relationship) {
}
