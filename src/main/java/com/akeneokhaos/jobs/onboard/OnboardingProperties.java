package com.akeneokhaos.jobs.onboard;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of sku-onboarding ({@code sync.onboarding.*}), editable by operators in {@code jobs/jobs.yml}. Where the
 * statuses go in Akeneo and what releasing a product does are write-back settings ({@code sync.write-back.*}).
 *
 * @param chunkSize products per transaction
 * @param skipLimit rejected products after which the run stops and fails loudly
 * @param confirmationGrace how long Khaos may take to confirm an item it took before the product shows
 * {@code rejected}
 * @param awaitConfirmation how long a run waits for Khaos to confirm what it published before releasing what is
 * confirmed (0: release what is confirmed now, a later run releases the rest)
 * @param pollInterval how often a waiting run looks for confirmations
 */
@Validated
@ConfigurationProperties("sync.onboarding")
record OnboardingProperties(
		@DefaultValue("100") @Min(value = 1, message = CHUNK_SIZE) @Max(value = 1000, message = CHUNK_SIZE) int chunkSize,
		@DefaultValue("1000") @Min(value = 1, message = "sync.onboarding.skip-limit must be at least 1") long skipLimit,
		@DefaultValue("30m") @DurationMin(nanos = 0, message = GRACE) Duration confirmationGrace,
		@DefaultValue("0s") @DurationMin(nanos = 0, message = AWAIT) Duration awaitConfirmation,
		@DefaultValue("10s") @DurationMin(millis = 10, message = POLL) Duration pollInterval) {

	private static final String CHUNK_SIZE = "sync.onboarding.chunk-size must be between 1 and 1000";

	private static final String GRACE = "sync.onboarding.confirmation-grace must not be negative";

	private static final String AWAIT = "sync.onboarding.await-confirmation must not be negative";

	private static final String POLL = "sync.onboarding.poll-interval must be at least 10ms";

}
