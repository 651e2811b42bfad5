package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * {@code GET /api/rest/v1/products-uuid} (uuid order, {@code search_after} or {@code page} pagination,
 * search filters, value filters, page faults) and {@code GET /api/rest/v1/products-uuid/{uuid}}. The
 * models are needed by the {@code parent} filter, whose {@code =} matches variants below sub-models too.
 */
final class ProductsEndpoint {

	static final String PATH = "/api/rest/v1/products-uuid";

	private final FaultInjector faults;

	private final PagedListing<StoredProduct> listing;

	ProductsEndpoint(ProductStore products, ModelStore models, ReferenceStore reference, FaultInjector faults,
			Supplier<Instant> clock) {
		this.faults = faults;
		this.listing = new PagedListing<>(PATH, products, StoredProduct::json, reference,
				search -> ProductSearch.parse(search, reference, models, clock.get()),
				uuid -> "Product \"" + uuid + "\" does not exist or you do not have permission to access it.",
				this::failIfFaulted);
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		return listing.handle(request, baseUrl);
	}

	private void failIfFaulted(ApiRequest request, int pageNumber) {
		faults.productPage(request.param("search"), pageNumber).ifPresent(failure -> {
			throw new ApiException(failure);
		});
	}

}
