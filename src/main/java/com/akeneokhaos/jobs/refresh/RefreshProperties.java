package com.akeneokhaos.jobs.refresh;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the catalogue refresh ({@code sync.refresh.*}), editable by operators in {@code jobs/jobs.yml}.
 * <p>
 * Each default is written once, in its {@link DefaultValue}; {@code jobs/jobs.yml} shows the same values so
 * operators can see them. A value out of range stops start-up with a message naming the property (each
 * constraint's message starts with it: Boot's failure report shows the Java field name).
 *
 * @param chunkSize products per transaction (ledger and outbox writes of one chunk commit together)
 * @param skipLimit rejected products after which the run stops and fails loudly
 * @param confirmationGrace how long after Khaos took an item it must have confirmed it (StockUpload)
 * before the item is reported as not confirmed
 * @param retireMaxShare the largest share of live items one run may discontinue because Akeneo no longer
 * has them; more fails the run instead (Akeneo more likely answered with too little)
 */
@Validated
@ConfigurationProperties("sync.refresh")
record RefreshProperties(
		@DefaultValue("100") @Min(value = 1, message = CHUNK_SIZE) @Max(value = 1000,
				message = CHUNK_SIZE) int chunkSize,
		@DefaultValue("1000") @Min(value = 1, message = "sync.refresh.skip-limit must be at least 1") long skipLimit,
		@DefaultValue("30m") Duration confirmationGrace,
		@DefaultValue("0.2") @DecimalMin(value = "0", message = RETIRE_MAX_SHARE) @DecimalMax(value = "1",
				message = RETIRE_MAX_SHARE) double retireMaxShare) {

	private static final String CHUNK_SIZE = "sync.refresh.chunk-size must be between 1 and 1000";

	private static final String RETIRE_MAX_SHARE = "sync.refresh.retire-max-share must be between 0 and 1";

}
