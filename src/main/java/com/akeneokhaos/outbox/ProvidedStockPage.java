package com.akeneokhaos.outbox;

import java.util.List;

/**
 * One page of ProvidedStock: the latest pending entry of each StockID on it, in delivery order, and the
 * {@code Sirion-Continuation} token that acknowledges it when KCC echoes it.
 *
 * @param token the continuation token of this page
 * @param rows the entries served, one per StockID
 */
public record ProvidedStockPage(String token, List<OutboxRow> rows) {
}
