package com.akeneokhaos.jobs.assets;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of asset-url-sync ({@code sync.assets.*}), editable by operators in {@code jobs/jobs.yml}. Where images
 * come from is the mapping file's {@code images:} section.
 *
 * @param chunkSize products per transaction
 * @param skipLimit products with an unusable image URL after which the run stops and fails loudly
 * @param overlap how far before the start of the last completed run the next one reads changes from
 */
@Validated
@ConfigurationProperties("sync.assets")
record AssetSyncProperties(
		@DefaultValue("100") @Min(value = 1, message = CHUNK_SIZE) @Max(value = 1000, message = CHUNK_SIZE) int chunkSize,
		@DefaultValue("1000") @Min(value = 1, message = "sync.assets.skip-limit must be at least 1") long skipLimit,
		@DefaultValue("5m") @DurationMin(nanos = 0, message = "sync.assets.overlap must not be negative") Duration overlap) {

	private static final String CHUNK_SIZE = "sync.assets.chunk-size must be between 1 and 1000";

}
