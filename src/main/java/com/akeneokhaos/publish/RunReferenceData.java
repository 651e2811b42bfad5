package com.akeneokhaos.publish;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Akeneo's reference data for one job execution: read on first use, then shared by every step of the run,
 * so a run reads attributes, options and categories once whatever it publishes.
 */
public class RunReferenceData {

	private final AkeneoClient akeneo;

	private @Nullable ReferenceData loaded;

	public RunReferenceData(AkeneoClient akeneo) {
		this.akeneo = akeneo;
	}

	public synchronized ReferenceData get() {
		if (loaded == null) {
			loaded = akeneo.referenceData();
		}
		return loaded;
	}

}
