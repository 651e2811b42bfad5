package com.akeneokhaos.jobs.assets;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * What one asset-url-sync run reads, decided when it starts and kept in the job execution context (a restart reads
 * what the first attempt planned): every product, or the searches for the products that may show other images now.
 *
 * @param since the start of the window (ISO 8601, UTC), null when no run has completed yet
 * @param everything whether every product is read
 * @param productSearches Akeneo {@code search} filters (their union is read)
 * @param changedAssets how many assets changed in the window, for the summary
 * @param configured whether the mapping file has image sources at all (without, nothing is read)
 */
record ImagePlan(@Nullable String since, boolean everything, List<String> productSearches, int changedAssets,
		boolean configured) {

	static final String CONTEXT_KEY = "assets.plan";

	ImagePlan {
		productSearches = List.copyOf(productSearches);
	}

	static ImagePlan read(String json) {
		return JsonMapper.shared().readValue(json, ImagePlan.class);
	}

	String json() {
		return JsonMapper.shared().writeValueAsString(this);
	}

}
