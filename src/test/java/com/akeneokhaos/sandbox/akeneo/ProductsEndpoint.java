package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/rest/v1/products-uuid} (uuid order, {@code search_after} or {@code page} pagination,
 * search filters, value filters, page faults) and {@code GET /api/rest/v1/products-uuid/{uuid}}.
 */
final class ProductsEndpoint {

	static final String PATH = "/api/rest/v1/products-uuid";

	private static final int PAGE_PAGINATION_WINDOW = 10_000;

	private static final List<String> KEPT_PARAMS = List.of("search", "scope", "locales", "attributes");

	private final ProductStore products;

	private final ReferenceStore reference;

	private final FaultInjector faults;

	private final Supplier<Instant> clock;

	/** A run of matching products and whether more follow. */
	private record Slice(List<StoredProduct> items, boolean hasMore) {
	}

	ProductsEndpoint(ProductStore products, ReferenceStore reference, FaultInjector faults, Supplier<Instant> clock) {
		this.products = products;
		this.reference = reference;
		this.faults = faults;
		this.clock = clock;
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		String rest = request.path().substring(PATH.length());
		if (rest.isEmpty() || rest.equals("/")) {
			return list(request, baseUrl);
		}
		String uuid = rest.substring(1);
		StoredProduct product = products.get(uuid).orElseThrow(() -> ApiException.notFound(
				"Product \"" + uuid + "\" does not exist or you do not have permission to access it."));
		return ApiResponse.ok(Links.withSelf(product.node(), baseUrl + PATH + "/" + uuid));
	}

	private ApiResponse list(ApiRequest request, String baseUrl) {
		String type = request.params().getOrDefault("pagination_type", "page");
		if (!type.equals("page") && !type.equals("search_after")) {
			throw ApiException.unprocessable("Pagination type does not exist.");
		}
		int limit = PageRequest.limit(request);
		Predicate<StoredProduct> filter = ProductSearch.parse(request.param("search"), reference, clock.get());
		ValueFilter values = ValueFilter.from(request, reference);
		StoredProduct[] snapshot = products.snapshot();
		byte[] body = type.equals("page") ? page(request, baseUrl, snapshot, filter, values)
				: searchAfter(request, baseUrl, snapshot, filter, values, limit);
		return new ApiResponse(200, body, Map.of());
	}

	private byte[] searchAfter(ApiRequest request, String baseUrl, StoredProduct[] snapshot,
			Predicate<StoredProduct> filter, ValueFilter values, int limit) {
		String rawCursor = request.param("search_after");
		SearchAfterCursor cursor = rawCursor == null ? SearchAfterCursor.START : SearchAfterCursor.decode(rawCursor);
		int start = cursor.startIn(snapshot);
		int offset = cursor.offset() >= 0 ? cursor.offset() : countMatching(snapshot, start, filter);
		failIfFaulted(offset / limit + 1);
		Slice slice = collect(snapshot, start, 0, limit, filter);
		Map<String, String> params = new LinkedHashMap<>();
		params.put("pagination_type", "search_after");
		params.put("limit", Integer.toString(limit));
		KEPT_PARAMS.forEach(name -> params.put(name, request.param(name)));
		ObjectNode meta = Json.object();
		ObjectNode links = meta.putObject("_links");
		links.set("self", Links.link(Links.href(baseUrl, PATH, withCursor(params, rawCursor))));
		links.set("first", Links.link(Links.href(baseUrl, PATH, params)));
		if (slice.hasMore()) {
			String last = slice.items().get(slice.items().size() - 1).uuid();
			String next = new SearchAfterCursor(last, offset + slice.items().size()).encode();
			links.set("next", Links.link(Links.href(baseUrl, PATH, withCursor(params, next))));
		}
		return ProductListBody.build(meta, render(slice.items(), values, baseUrl));
	}

	private byte[] page(ApiRequest request, String baseUrl, StoredProduct[] snapshot, Predicate<StoredProduct> filter,
			ValueFilter values) {
		PageRequest page = PageRequest.from(request);
		if (page.offset() + page.limit() > PAGE_PAGINATION_WINDOW) {
			throw ApiException.unprocessable("You have reached the maximum number of pages you can retrieve with the "
					+ "\"page\" pagination type. Please use the search after pagination type instead");
		}
		failIfFaulted(page.page());
		Slice slice = collect(snapshot, 0, page.offset(), page.limit(), filter);
		Map<String, String> params = new LinkedHashMap<>();
		KEPT_PARAMS.forEach(name -> params.put(name, request.param(name)));
		long count = page.withCount() ? countMatching(snapshot, snapshot.length, filter) : 0;
		ObjectNode meta = page.meta(baseUrl, PATH, params, slice.hasMore(), count);
		return ProductListBody.build(meta, render(slice.items(), values, baseUrl));
	}

	private void failIfFaulted(int pageNumber) {
		faults.productPage(pageNumber).ifPresent(failure -> {
			throw new ApiException(failure);
		});
	}

	private static List<ProductListBody.Item> render(List<StoredProduct> items, ValueFilter values, String baseUrl) {
		return items.stream().map(p -> new ProductListBody.Item(baseUrl + PATH + "/" + p.uuid(),
				values.keepsEverything() ? p.json() : Json.bytes(values.apply(p.node())))).toList();
	}

	private static Slice collect(StoredProduct[] snapshot, int from, int skip, int limit,
			Predicate<StoredProduct> filter) {
		List<StoredProduct> items = new ArrayList<>(limit);
		int skipped = 0;
		for (int i = from; i < snapshot.length; i++) {
			if (!filter.test(snapshot[i])) {
				continue;
			}
			if (skipped < skip) {
				skipped++;
			}
			else if (items.size() == limit) {
				return new Slice(items, true);
			}
			else {
				items.add(snapshot[i]);
			}
		}
		return new Slice(items, false);
	}

	private static int countMatching(StoredProduct[] snapshot, int end, Predicate<StoredProduct> filter) {
		int count = 0;
		for (int i = 0; i < end; i++) {
			count += filter.test(snapshot[i]) ? 1 : 0;
		}
		return count;
	}

	private static Map<String, String> withCursor(Map<String, String> params, String cursor) {
		Map<String, String> copy = new LinkedHashMap<>(params);
		copy.put("search_after", cursor);
		return copy;
	}

}
