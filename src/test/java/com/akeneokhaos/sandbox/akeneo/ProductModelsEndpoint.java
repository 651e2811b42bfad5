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
 * {@code GET /api/rest/v1/product-models} (code order, {@code search_after} or {@code page} pagination,
 * {@code updated}/{@code parent}/{@code family} filters, value filters) and
 * {@code GET /api/rest/v1/product-models/{code}}.
 */
final class ProductModelsEndpoint {

	static final String PATH = "/api/rest/v1/product-models";

	private static final int PAGE_PAGINATION_WINDOW = 10_000;

	private static final List<String> KEPT_PARAMS = List.of("search", "scope", "locales", "attributes");

	private final ModelStore models;

	private final ReferenceStore reference;

	private final Supplier<Instant> clock;

	/** A run of matching models and whether more follow. */
	private record Slice(List<StoredModel> items, boolean hasMore) {
	}

	ProductModelsEndpoint(ModelStore models, ReferenceStore reference, Supplier<Instant> clock) {
		this.models = models;
		this.reference = reference;
		this.clock = clock;
	}

	static boolean serves(String path) {
		return path.equals(PATH) || path.startsWith(PATH + "/");
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		String rest = request.path().substring(PATH.length());
		if (rest.isEmpty() || rest.equals("/")) {
			return list(request, baseUrl);
		}
		String code = rest.substring(1);
		StoredModel model = models.get(code).orElseThrow(() -> ApiException.notFound(
				"Product model \"" + code + "\" does not exist or you do not have permission to access it."));
		return ApiResponse.ok(Links.withSelf(model.node(), baseUrl + PATH + "/" + code));
	}

	private ApiResponse list(ApiRequest request, String baseUrl) {
		String type = request.params().getOrDefault("pagination_type", "page");
		if (!type.equals("page") && !type.equals("search_after")) {
			throw ApiException.unprocessable("Pagination type does not exist.");
		}
		int limit = PageRequest.limit(request);
		Predicate<StoredModel> filter = ModelSearch.parse(request.param("search"), clock.get());
		ValueFilter values = ValueFilter.from(request, reference);
		StoredModel[] snapshot = models.snapshot();
		byte[] body = type.equals("page") ? page(request, baseUrl, snapshot, filter, values)
				: searchAfter(request, baseUrl, snapshot, filter, values, limit);
		return new ApiResponse(200, body, Map.of());
	}

	private byte[] searchAfter(ApiRequest request, String baseUrl, StoredModel[] snapshot,
			Predicate<StoredModel> filter, ValueFilter values, int limit) {
		String rawCursor = request.param("search_after");
		SearchAfterCursor cursor = rawCursor == null ? SearchAfterCursor.START : SearchAfterCursor.decode(rawCursor);
		int start = cursor.lastUuid() == null ? 0 : ModelStore.indexAfter(snapshot, cursor.lastUuid());
		Slice slice = collect(snapshot, start, 0, limit, filter);
		Map<String, String> params = new LinkedHashMap<>();
		params.put("pagination_type", "search_after");
		params.put("limit", Integer.toString(limit));
		KEPT_PARAMS.forEach(name -> params.put(name, request.param(name)));
		ObjectNode meta = Json.object();
		ObjectNode links = meta.putObject("_links");
		Map<String, String> self = new LinkedHashMap<>(params);
		self.put("search_after", rawCursor);
		links.set("self", Links.link(Links.href(baseUrl, PATH, self)));
		links.set("first", Links.link(Links.href(baseUrl, PATH, params)));
		if (slice.hasMore()) {
			String last = slice.items().get(slice.items().size() - 1).code();
			Map<String, String> next = new LinkedHashMap<>(params);
			next.put("search_after", new SearchAfterCursor(last, Math.max(cursor.offset(), 0) + slice.items().size())
				.encode());
			links.set("next", Links.link(Links.href(baseUrl, PATH, next)));
		}
		return ProductListBody.build(meta, render(slice.items(), values, baseUrl));
	}

	private byte[] page(ApiRequest request, String baseUrl, StoredModel[] snapshot, Predicate<StoredModel> filter,
			ValueFilter values) {
		PageRequest page = PageRequest.from(request);
		if (page.offset() + page.limit() > PAGE_PAGINATION_WINDOW) {
			throw ApiException.unprocessable("You have reached the maximum number of pages you can retrieve with the "
					+ "\"page\" pagination type. Please use the search after pagination type instead");
		}
		Slice slice = collect(snapshot, 0, page.offset(), page.limit(), filter);
		Map<String, String> params = new LinkedHashMap<>();
		KEPT_PARAMS.forEach(name -> params.put(name, request.param(name)));
		long count = 0;
		if (page.withCount()) {
			for (StoredModel model : snapshot) {
				count += filter.test(model) ? 1 : 0;
			}
		}
		ObjectNode meta = page.meta(baseUrl, PATH, params, slice.hasMore(), count);
		return ProductListBody.build(meta, render(slice.items(), values, baseUrl));
	}

	private static List<ProductListBody.Item> render(List<StoredModel> items, ValueFilter values, String baseUrl) {
		return items.stream().map(m -> new ProductListBody.Item(baseUrl + PATH + "/" + m.code(),
				values.keepsEverything() ? m.json() : Json.bytes(values.apply(m.node())))).toList();
	}

	private static Slice collect(StoredModel[] snapshot, int from, int skip, int limit, Predicate<StoredModel> filter) {
		List<StoredModel> items = new ArrayList<>(limit);
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

}
