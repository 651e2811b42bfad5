package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * {@code GET /api/rest/v1/product-models} (code order, {@code search_after} or {@code page} pagination,
 * {@code updated}/{@code parent}/{@code family}/{@code categories} and select attribute filters, value filters) and
 * {@code GET /api/rest/v1/product-models/{code}}. Sub-models are served with their root's values and categories
 * merged in, as Akeneo serves them.
 */
final class ProductModelsEndpoint {

	static final String PATH = "/api/rest/v1/product-models";

	private final PagedListing<StoredModel> listing;

	ProductModelsEndpoint(ModelStore models, ReferenceStore reference, Supplier<Instant> clock) {
		this.listing = new PagedListing<>(PATH, models, models::servedJson, reference,
				search -> ModelSearch.parse(search, reference, models, clock.get()),
				code -> "Product model \"" + code + "\" does not exist or you do not have permission to access it.");
	}

	static boolean serves(String path) {
		return path.equals(PATH) || path.startsWith(PATH + "/");
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		return listing.handle(request, baseUrl);
	}

}
