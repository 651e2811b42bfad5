package com.akeneokhaos.jobs.reconcile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the reconciliation ({@code sync.reconciliation.*}), editable by operators in
 * {@code jobs/jobs.yml}. Each default is written once, in its {@link DefaultValue}.
 *
 * @param chunkSize items compared per transaction
 * @param skipLimit rejected items after which the run stops and fails loudly
 * @param confirmationGrace how long after publishing Khaos must have confirmed an item before it is published
 * again
 * @param retireMaxShare the largest share of live items one run may discontinue because Akeneo no longer has
 * them; more fails the run instead
 * @param reportDir where the drift reports (JSON and HTML) are written
 */
@Validated
@ConfigurationProperties("sync.reconciliation")
record ReconciliationProperties(
		@DefaultValue("100") @Min(value = 1, message = CHUNK_SIZE) @Max(value = 1000, message = CHUNK_SIZE) int chunkSize,
		@DefaultValue("100000") @Min(value = 1, message = "sync.reconciliation.skip-limit must be at least 1") long skipLimit,
		@DefaultValue("30m") Duration confirmationGrace,
		@DefaultValue("0.2") @DecimalMin(value = "0", message = RETIRE_MAX_SHARE) @DecimalMax(value = "1",
				message = RETIRE_MAX_SHARE) double retireMaxShare,
		@DefaultValue("reports") String reportDir) {

	private static final String CHUNK_SIZE = "sync.reconciliation.chunk-size must be between 1 and 1000";

	private static final String RETIRE_MAX_SHARE = "sync.reconciliation.retire-max-share must be between 0 and 1";

}
