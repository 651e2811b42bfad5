package com.akeneokhaos.sandbox.khaos;

/**
 * What one poll cycle did.
 *
 * @param requests ProvidedStock GETs made
 * @param pages pages that carried changes and were applied
 * @param applied items created or updated (and relationships or deletions applied to stored items)
 * @param rejected items or relationships refused, see {@link KhaosSimulator#rejections()}
 * @param failedUploads StockUpload/StockStatusUpload posts that still failed after all retries
 */
public record PollResult(int requests, int pages, int applied, int rejected, int failedUploads) {
}
