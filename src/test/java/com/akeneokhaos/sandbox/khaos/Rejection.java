package com.akeneokhaos.sandbox.khaos;

/**
 * An item (or relationship) the simulator refused to apply, with the reason. The real Khaos Control Cloud
 * shows these only in its own UI; the simulator keeps them for tests.
 *
 * @param stockId the StockID sent by the channel ("" when missing)
 * @param stockCode the StockCode sent by the channel, or the stored one ("" when unknown)
 * @param reason why Khaos would refuse it
 */
public record Rejection(String stockId, String stockCode, String reason) {
}
