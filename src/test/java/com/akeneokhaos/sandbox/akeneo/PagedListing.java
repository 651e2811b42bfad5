package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the records of one {@link SortedStore} the way Akeneo serves products and product models: a list in key
 * order with {@code page} pagination (within Akeneo's 10,000-item window) or {@code search_after} pagination (with
 * its opaque cursor), the {@code _links} of both keeping {@code search}, {@code scope}, {@code locales} and
 * {@code attributes}, value filters on every listed item, and each record at {@code path/key} or a 404.
 * <p>
 * As Akeneo's paginators do, every full page links a next page without looking further, so a list whose size is
 * a multiple of the limit ends with an empty page that has no {@code next}; {@code with_count} counts under
 * {@code page} pagination only and is ignored under {@code search_after}.
 * <p>
 * Both endpoints list alike, so the listing lives here once and each endpoint keeps only what differs: its path,
 * search filters, 404 message and, for products, the page faults.
 */
final class PagedListing<T> {

	/**
	 * Runs before a page is served, given the request and the page's 1-based number; fails the page by throwing
	 * {@link ApiException}.
	 */
	@FunctionalInterface
	interface PageGuard {

		void check(ApiRequest request, int pageNumber);

	}

	private static final int PAGE_PAGINATION_WINDOW = 10_000;

	private static final List<String> KEPT_PARAMS = List.of("search", "scope", "locales", "attributes");

	private final String path;

	private final SortedStore<T> store;

	private final Function<T, byte[]> json;

	private final ReferenceStore reference;

	private final Function<String, Predicate<T>> search;

	private final Function<String, String> notFoundMessage;

	private final PageGuard guard;

	private final boolean countsBareCursors;

	/** One list request, validated: where it was sent, the records it sees and how it filters them. */
	private record Query<T>(ApiRequest request, String baseUrl, T[] snapshot, Predicate<T> filter,
			ValueFilter values) {
	}

	/** A run of matching records, at most {@code limit}; a full one links a next page. */
	private record Slice<T>(List<T> items, int limit) {

		boolean full() {
			return items.size() == limit;
		}

		T last() {
			return items.get(items.size() - 1);
		}

	}

	/**
	 * A listing that serves every page. A bare-key {@code search_after} cursor (offset unknown) is taken to
	 * start at offset 0.
	 * @param search the predicate of a {@code search} parameter (null when absent)
	 * @param notFoundMessage the 404 message for an unknown key
	 */
	PagedListing(String path, SortedStore<T> store, Function<T, byte[]> json, ReferenceStore reference,
			Function<String, Predicate<T>> search, Function<String, String> notFoundMessage) {
		this(path, store, json, reference, search, notFoundMessage, (request, pageNumber) -> {
		}, false);
	}

	/**
	 * A listing that asks {@code guard} before serving each page. The guard needs page numbers, so the offset of
	 * a bare-key {@code search_after} cursor is found by counting the matching records before it.
	 */
	PagedListing(String path, SortedStore<T> store, Function<T, byte[]> json, ReferenceStore reference,
			Function<String, Predicate<T>> search, Function<String, String> notFoundMessage, PageGuard guard) {
		this(path, store, json, reference, search, notFoundMessage, guard, true);
	}

	private PagedListing(String path, SortedStore<T> store, Function<T, byte[]> json, ReferenceStore reference,
			Function<String, Predicate<T>> search, Function<String, String> notFoundMessage, PageGuard guard,
			boolean countsBareCursors) {
		this.path = path;
		this.store = store;
		this.json = json;
		this.reference = reference;
		this.search = search;
		this.notFoundMessage = notFoundMessage;
		this.guard = guard;
		this.countsBareCursors = countsBareCursors;
	}

	/** The list at the path (with or without a trailing slash), else the record keyed by the rest of the path. */
	ApiResponse handle(ApiRequest request, String baseUrl) {
		String rest = request.path().substring(path.length());
		if (rest.isEmpty() || rest.equals("/")) {
			return list(request, baseUrl);
		}
		return one(rest.substring(1), baseUrl);
	}

	private ApiResponse one(String key, String baseUrl) {
		T item = store.get(key).orElseThrow(() -> ApiException.notFound(notFoundMessage.apply(key)));
		return ApiResponse.ok(Links.withSelf(Json.parseObject(json.apply(item)), itemHref(baseUrl, key)));
	}

	private ApiResponse list(ApiRequest request, String baseUrl) {
		String type = request.params().getOrDefault("pagination_type", "page");
		if (!type.equals("page") && !type.equals("search_after")) {
			throw ApiException.unprocessable("Pagination type does not exist.");
		}
		int limit = PageRequest.limit(request);
		Predicate<T> filter = search.apply(request.param("search"));
		ValueFilter values = ValueFilter.from(request, reference);
		Query<T> query = new Query<>(request, baseUrl, store.snapshot(), filter, values);
		byte[] body = type.equals("page") ? page(query) : searchAfter(query, limit);
		return new ApiResponse(200, body, Map.of());
	}

	private byte[] searchAfter(Query<T> query, int limit) {
		String rawCursor = query.request().param("search_after");
		SearchAfterCursor cursor = rawCursor == null ? SearchAfterCursor.START : SearchAfterCursor.decode(rawCursor);
		int start = cursor.startIn(store, query.snapshot());
		int offset = offset(cursor, query, start);
		guard.check(query.request(), offset / limit + 1);
		Slice<T> slice = collect(query, start, 0, limit);
		Map<String, String> params = new LinkedHashMap<>();
		params.put("pagination_type", "search_after");
		params.put("limit", Integer.toString(limit));
		params.putAll(keptParams(query.request()));
		ObjectNode meta = Json.object();
		ObjectNode links = meta.putObject("_links");
		links.set("self", link(query, withCursor(params, rawCursor)));
		links.set("first", link(query, params));
		if (slice.full()) {
			String next = new SearchAfterCursor(store.keyOf(slice.last()), offset + slice.items().size()).encode();
			links.set("next", link(query, withCursor(params, next)));
		}
		return body(meta, slice, query);
	}

	private int offset(SearchAfterCursor cursor, Query<T> query, int start) {
		if (cursor.offset() >= 0) {
			return cursor.offset();
		}
		return countsBareCursors ? countMatching(query, start) : 0;
	}

	private byte[] page(Query<T> query) {
		PageRequest page = PageRequest.from(query.request());
		if (page.offset() + page.limit() > PAGE_PAGINATION_WINDOW) {
			throw ApiException.unprocessable("You have reached the maximum number of pages you can retrieve with the "
					+ "\"page\" pagination type. Please use the search after pagination type instead");
		}
		guard.check(query.request(), page.page());
		Slice<T> slice = collect(query, 0, page.offset(), page.limit());
		long count = page.withCount() ? countMatching(query, query.snapshot().length) : 0;
		ObjectNode meta = page.meta(query.baseUrl(), path, keptParams(query.request()), slice.full(), count);
		return body(meta, slice, query);
	}

	private static Map<String, String> keptParams(ApiRequest request) {
		Map<String, String> params = new LinkedHashMap<>();
		KEPT_PARAMS.forEach(name -> params.put(name, request.param(name)));
		return params;
	}

	private static Map<String, String> withCursor(Map<String, String> params, String cursor) {
		Map<String, String> copy = new LinkedHashMap<>(params);
		copy.put("search_after", cursor);
		return copy;
	}

	private ObjectNode link(Query<T> query, Map<String, String> params) {
		return Links.link(Links.href(query.baseUrl(), path, params));
	}

	private String itemHref(String baseUrl, String key) {
		return baseUrl + path + "/" + key;
	}

	private byte[] body(ObjectNode meta, Slice<T> slice, Query<T> query) {
		return ProductListBody.build(meta, slice.items().stream().map(item -> listed(item, query)).toList());
	}

	private ProductListBody.Item listed(T item, Query<T> query) {
		byte[] stored = json.apply(item);
		ValueFilter values = query.values();
		return new ProductListBody.Item(itemHref(query.baseUrl(), store.keyOf(item)),
				values.keepsEverything() ? stored : Json.bytes(values.apply(Json.parseObject(stored))));
	}

	private static <T> Slice<T> collect(Query<T> query, int from, int skip, int limit) {
		T[] snapshot = query.snapshot();
		List<T> items = new ArrayList<>(limit);
		int skipped = 0;
		for (int i = from; i < snapshot.length && items.size() < limit; i++) {
			if (!query.filter().test(snapshot[i])) {
				continue;
			}
			if (skipped < skip) {
				skipped++;
			}
			else {
				items.add(snapshot[i]);
			}
		}
		return new Slice<>(items, limit);
	}

	private static <T> int countMatching(Query<T> query, int end) {
		int count = 0;
		for (int i = 0; i < end; i++) {
			count += query.filter().test(query.snapshot()[i]) ? 1 : 0;
		}
		return count;
	}

}
