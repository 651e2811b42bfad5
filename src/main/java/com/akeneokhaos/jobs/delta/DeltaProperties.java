package com.akeneokhaos.jobs.delta;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of delta-sync ({@code sync.delta.*}), editable by operators in {@code jobs/jobs.yml}. Each default
 * is written once, in its {@link DefaultValue}.
 *
 * @param overlap how far before the start of the last completed run the next delta reads from: Akeneo's
 * {@code updated} dates have whole seconds and an edit saved while that run read is caught by the next
 * @param chunkSize items per transaction
 * @param skipLimit rejected items after which the run stops and fails loudly
 */
@Validated
@ConfigurationProperties("sync.delta")
record DeltaProperties(
		@DefaultValue("5m") @DurationMin(nanos = 0, message = "sync.delta.overlap must not be negative") Duration overlap,
		@DefaultValue("100") @Min(value = 1, message = CHUNK_SIZE) @Max(value = 1000, message = CHUNK_SIZE) int chunkSize,
		@DefaultValue("1000") @Min(value = 1, message = "sync.delta.skip-limit must be at least 1") long skipLimit) {

	private static final String CHUNK_SIZE = "sync.delta.chunk-size must be between 1 and 1000";

}
