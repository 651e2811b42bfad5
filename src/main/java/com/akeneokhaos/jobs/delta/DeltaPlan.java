package com.akeneokhaos.jobs.delta;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * What one delta reads, decided once when it starts and kept in the job execution context, so a restart
 * reads exactly what the first attempt planned: the Akeneo searches for product models and for products
 * (their union is read), or everything, and why.
 *
 * @param since the window's start (Akeneo format, UTC), null when no run has completed yet
 * @param everything whether every item is read (then the searches are not used)
 * @param modelSearches Akeneo {@code search} filters for product models
 * @param productSearches Akeneo {@code search} filters for products
 * @param reasons the reference changes found, and why everything is read when it is
 */
record DeltaPlan(@Nullable String since, boolean everything, List<String> modelSearches, List<String> productSearches,
		List<String> reasons) {

	/** The key of the plan in the job execution context. */
	static final String CONTEXT_KEY = "delta.plan";

	DeltaPlan {
		modelSearches = List.copyOf(modelSearches);
		productSearches = List.copyOf(productSearches);
		reasons = List.copyOf(reasons);
	}

	static DeltaPlan everything(@Nullable String since, List<String> reasons) {
		return new DeltaPlan(since, true, List.of(), List.of(), reasons);
	}

	static DeltaPlan read(String json) {
		return JsonMapper.shared().readValue(json, DeltaPlan.class);
	}

	String json() {
		return JsonMapper.shared().writeValueAsString(this);
	}

}
