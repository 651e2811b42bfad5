package com.akeneokhaos.jobs.refresh;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalogue refresh, editable by operators in {@code jobs/jobs.yml}.
 *
 * @param chunkSize products per transaction (ledger and outbox writes of one chunk commit together)
 * @param skipLimit rejected products after which the run stops and fails loudly
 * @param confirmationGrace how long after Khaos took an item it must have confirmed it (StockUpload)
 * before the item is reported as not confirmed
 * @param retireMaxShare the largest share of live items one run may discontinue because Akeneo no longer
 * has them; more fails the run instead (Akeneo more likely answered with too little)
 */
@ConfigurationProperties("sync.refresh")
record RefreshProperties(@DefaultValue("100") int chunkSize, @DefaultValue("1000") long skipLimit,
		@DefaultValue("30m") Duration confirmationGrace, @DefaultValue("0.2") double retireMaxShare) {

	RefreshProperties {
		if (chunkSize < 1 || chunkSize > 1000) {
			throw new IllegalArgumentException("sync.refresh.chunk-size must be between 1 and 1000, was " + chunkSize);
		}
		if (skipLimit < 1) {
			throw new IllegalArgumentException("sync.refresh.skip-limit must be at least 1, was " + skipLimit);
		}
		confirmationGrace = (confirmationGrace != null) ? confirmationGrace : Duration.ofMinutes(30);
		if (retireMaxShare < 0 || retireMaxShare > 1) {
			throw new IllegalArgumentException("sync.refresh.retire-max-share must be between 0 and 1, was "
					+ retireMaxShare);
		}
	}

}
