package com.akeneokhaos.publish;

import java.time.Duration;
import java.util.Set;

import org.springframework.batch.core.step.skip.LimitCheckingExceptionHierarchySkipPolicy;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.dao.CannotAcquireLockException;

import com.akeneokhaos.problems.ItemRejectedException;

/** The retry and skip policies every publishing step uses, whatever its job. */
public final class PublishingPolicies {

	private PublishingPolicies() {
	}

	/**
	 * A lock wait timeout only undoes the statement that waited, so the write is worth another go in
	 * the same transaction. A deadlock undoes the whole chunk (rejections recorded during processing
	 * included), so it is not retried here: the step fails and a restart redoes the chunk exactly.
	 * Akeneo retries live in the HTTP client.
	 */
	public static RetryPolicy transientDatabaseFailures() {
		return RetryPolicy.builder()
			.includes(CannotAcquireLockException.class)
			.maxRetries(3)
			.delay(Duration.ofMillis(200))
			.multiplier(2)
			.build();
	}

	/** A rejected item is skipped (and recorded); anything else fails the step. */
	public static SkipPolicy rejectedItems(long skipLimit) {
		return new LimitCheckingExceptionHierarchySkipPolicy(Set.of(ItemRejectedException.class),
				skipLimit);
	}

}
