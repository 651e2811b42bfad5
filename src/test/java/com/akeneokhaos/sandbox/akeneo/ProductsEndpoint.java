package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
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
		ObjectNode body = type.equals("page") ? page(request, baseUrl, snapshot, filter, values)
				: searchAfter(request, baseUrl, snapshot, filter, values, limit);
		return ApiResponse.ok(body);
	}

	private ObjectNode searchAfter(ApiRequest request, String baseUrl, StoredProduct[] snapshot,
			Predicate<StoredProduct> filter, ValueFilter values, int limit) {
		String cursor = request.param("search_after");
		int start = cursor == null ? 0 : ProductStore.indexAfter(snapshot, decode(cursor));
		failIfFaulted(() -> countMatching(snapshot, start, filter) / limit + 1);
		Slice slice = collect(snapshot, start, 0, limit, filter);
		Map<String, String> params = new LinkedHashMap<>();
		params.put("pagination_type", "search_after");
		params.put("limit", Integer.toString(limit));
		KEPT_PARAMS.forEach(name -> params.put(name, request.param(name)));
		ObjectNode body = Json.object();
		ObjectNode links = body.putObject("_links");
		links.set("self", Links.link(Links.href(baseUrl, PATH, withCursor(params, cursor))));
		links.set("first", Links.link(Links.href(baseUrl, PATH, params)));
		if (slice.hasMore()) {
			String last = slice.items().get(slice.items().size() - 1).uuid();
			links.set("next", Links.link(Links.href(baseUrl, PATH, withCursor(params, encode(last)))));
		}
		Links.embed(body, render(slice.items(), values, baseUrl));
		return body;
	}

	private ObjectNode page(ApiRequest request, String baseUrl, StoredProduct[] snapshot,
			Predicate<StoredProduct> filter, ValueFilter values) {
		PageRequest page = PageRequest.from(request);
		if (page.offset() + page.limit() > PAGE_PAGINATION_WINDOW) {
			throw ApiException.unprocessable("You have reached the maximum number of pages you can retrieve with the "
					+ "\"page\" pagination type. Please use the search after pagination type instead");
		}
		failIfFaulted(page::page);
		Slice slice = collect(snapshot, 0, page.offset(), page.limit(), filter);
		Map<String, String> params = new LinkedHashMap<>();
		KEPT_PARAMS.forEach(name -> params.put(name, request.param(name)));
		long count = page.withCount() ? countMatching(snapshot, snapshot.length, filter) : 0;
		return page.body(baseUrl, PATH, params, render(slice.items(), values, baseUrl), slice.hasMore(), count);
	}

	private void failIfFaulted(IntSupplier pageNumber) {
		if (faults.failsProductPages()) {
			faults.productPage(pageNumber.getAsInt()).ifPresent(failure -> {
				throw new ApiException(failure);
			});
		}
	}

	private static List<ObjectNode> render(List<StoredProduct> items, ValueFilter values, String baseUrl) {
		return items.stream().map(p -> Links.withSelf(values.apply(p.node()), baseUrl + PATH + "/" + p.uuid())).toList();
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

	private static String encode(String uuid) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(uuid.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String cursor) {
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.unprocessable("Parameter \"search_after\" is not valid.");
		}
	}

}
