package com.akeneokhaos.publish;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many threads map and validate each chunk's products ({@code sync.chunk-mapping.*}), editable by operators
 * in {@code jobs/jobs.yml}: on every core by default, fewer to leave cores to a database on the same machine.
 *
 * @param threads threads mapping one chunk at once, the step's own included, 1 to 64; 0 (the default): one per
 * core of the machine
 */
@Validated
@ConfigurationProperties("sync.chunk-mapping")
record ChunkMappingProperties(
		@DefaultValue("0") @Min(value = 0, message = THREADS) @Max(value = 64, message = THREADS) int threads) {

	private static final String THREADS = "sync.chunk-mapping.threads must be between 1 and 64, or 0 for one per core";

	/** The threads to use on this machine. */
	int threadsHere() {
		return (threads == 0) ? Runtime.getRuntime().availableProcessors() : threads;
	}

}
