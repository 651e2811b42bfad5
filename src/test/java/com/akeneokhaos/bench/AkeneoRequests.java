package com.akeneokhaos.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.akeneokhaos.sandbox.akeneo.LoggedRequest;

/**
 * The requests the Akeneo simulator answered during one run, by kind: the token, list pages and single items
 * of products and product models, and each kind of reference data (attributes, their options, categories,
 * channels, locales, families and their variants). A list page is a request to the collection itself
 * ({@code /api/rest/v1/products-uuid?...}); a single item is one below it ({@code /products-uuid/{uuid}}).
 */
final class AkeneoRequests {

	static final String TOKEN = "token";

	static final String PRODUCT_PAGES = "productPages";

	static final String PRODUCT_GETS = "productGets";

	static final String MODEL_PAGES = "productModelPages";

	static final String MODEL_GETS = "productModelGets";

	static final String OTHER = "other";

	/** The reference data kinds, in the order they are reported. */
	static final List<String> REFERENCE_KINDS = List.of("attributes", "attributeOptions", "categories", "channels",
			"locales", "families", "familyVariants");

	private static final String API = "/api/rest/v1/";

	private AkeneoRequests() {
	}

	/** How many requests of each kind, every kind listed (0 when none), in a fixed order. */
	static Map<String, Long> byKind(List<LoggedRequest> requests) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String kind : List.of(TOKEN, PRODUCT_PAGES, PRODUCT_GETS, MODEL_PAGES, MODEL_GETS)) {
			counts.put(kind, 0L);
		}
		REFERENCE_KINDS.forEach(kind -> counts.put(kind, 0L));
		counts.put(OTHER, 0L);
		requests.forEach(request -> counts.merge(kind(request.path()), 1L, Long::sum));
		return counts;
	}

	/** The reference data requests among {@link #byKind} counts. */
	static long referenceRequests(Map<String, Long> byKind) {
		return REFERENCE_KINDS.stream().mapToLong(kind -> byKind.getOrDefault(kind, 0L)).sum();
	}

	static String kind(String path) {
		if (path.startsWith("/api/oauth")) {
			return TOKEN;
		}
		if (!path.startsWith(API)) {
			return OTHER;
		}
		String[] segments = path.substring(API.length()).split("/");
		return switch (segments[0]) {
			case "products-uuid" -> (segments.length == 1) ? PRODUCT_PAGES : PRODUCT_GETS;
			case "product-models" -> (segments.length == 1) ? MODEL_PAGES : MODEL_GETS;
			case "attributes" -> below(segments, "options") ? "attributeOptions" : "attributes";
			case "families" -> below(segments, "variants") ? "familyVariants" : "families";
			case "categories", "channels", "locales" -> segments[0];
			default -> OTHER;
		};
	}

	/** {@code attributes/{code}/options...}: a collection below an item. */
	private static boolean below(String[] segments, String collection) {
		return segments.length >= 3 && segments[2].equals(collection);
	}

}
