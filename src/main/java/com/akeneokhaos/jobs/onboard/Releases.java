package com.akeneokhaos.jobs.onboard;

import java.util.List;

import org.springframework.stereotype.Component;

import com.akeneokhaos.writeback.OnboardingStatus;
import com.akeneokhaos.writeback.ReleaseAction;
import com.akeneokhaos.writeback.WriteBack;
import com.akeneokhaos.writeback.WriteBacks;

/**
 * Releases the products Khaos holds now: each gets the write-back {@code confirmed} with the release action, and is
 * no longer awaiting release, in the caller's transaction. A product is released only once its ledger says Khaos
 * confirmed the item's current StockID, never before.
 */
@Component
class Releases {

	private final Onboardings onboardings;

	private final WriteBacks writeBacks;

	Releases(Onboardings onboardings, WriteBacks writeBacks) {
		this.onboardings = onboardings;
		this.writeBacks = writeBacks;
	}

	/** Returns the uuids of the products it released. */
	List<String> releaseConfirmed(ReleaseAction action, long jobExecutionId) {
		List<Onboardings.Confirmed> confirmed = onboardings.confirmed();
		writeBacks.request(confirmed.stream()
			.map(product -> new WriteBack(product.akeneoUuid(), product.sku(), OnboardingStatus.CONFIRMED, "", action))
			.toList(), SkuOnboardingJobConfiguration.JOB_NAME, jobExecutionId);
		List<String> released = confirmed.stream().map(Onboardings.Confirmed::akeneoUuid).toList();
		onboardings.released(released, jobExecutionId);
		return released;
	}

}
