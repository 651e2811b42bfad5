package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * The reference data endpoints under {@code /api/rest/v1/}: attributes, attribute options, categories,
 * families, family variants ({@code families/{family}/variants}), channels and locales, as page-paginated
 * lists and single items. Akeneo offers these lists page pagination only: {@code pagination_type=search_after}
 * answers 422, as Akeneo's pagination validator does for endpoints without search-after support.
 */
final class ReferenceEndpoint {

	static final String ROOT = "/api/rest/v1/";

	private static final Pattern OPTIONS = Pattern.compile("attributes/([^/]+)/options(/[^/]+)?");

	private static final Pattern VARIANTS = Pattern.compile("families/([^/]+)/variants(/[^/]+)?");

	private static final Set<String> SELECT_TYPES = Set.of("pim_catalog_simpleselect", "pim_catalog_multiselect");

	private static final Map<String, String> NAMES = Map.of("attributes", "Attribute", "categories", "Category",
			"families", "Family", "channels", "Channel", "locales", "Locale");

	private final ReferenceStore store;

	ReferenceEndpoint(ReferenceStore store) {
		this.store = store;
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		String rest = request.path().substring(ROOT.length());
		Matcher options = OPTIONS.matcher(rest);
		if (options.matches()) {
			requireSelectAttribute(options.group(1));
			if (options.group(2) == null) {
				String collection = ReferenceStore.optionsPath(options.group(1));
				return list(request, baseUrl, collection, store.list(collection).orElse(List.of()));
			}
		}
		Matcher variants = VARIANTS.matcher(rest);
		if (variants.matches()) {
			return familyVariants(request, baseUrl, rest, variants.group(1), variants.group(2));
		}
		if (store.list(rest).isPresent()) {
			return list(request, baseUrl, rest, store.list(rest).orElseThrow());
		}
		int slash = rest.lastIndexOf('/');
		String collection = slash < 0 ? rest : rest.substring(0, slash);
		if (slash < 0 || store.list(collection).isEmpty()) {
			throw ApiException.notFound("No route found for \"GET " + request.path() + "\"");
		}
		String code = rest.substring(slash + 1);
		ObjectNode item = store.item(collection, code).orElseThrow(() -> ApiException.notFound(
				name(collection) + " \"" + code + "\" does not exist."));
		return ApiResponse.ok(Links.withSelf(item, baseUrl + ROOT + rest));
	}

	/** A family's variants: the family must exist; one without family variants lists none. */
	private ApiResponse familyVariants(ApiRequest request, String baseUrl, String rest, String family, String item) {
		if (store.item("families", family).isEmpty()) {
			throw ApiException.notFound("Family \"" + family + "\" does not exist.");
		}
		String collection = ReferenceStore.familyVariantsPath(family);
		if (item == null) {
			return list(request, baseUrl, collection, store.list(collection).orElse(List.of()));
		}
		String code = item.substring(1);
		ObjectNode variant = store.item(collection, code).orElseThrow(() -> ApiException.notFound(
				"Family variant \"" + code + "\" does not exist or is not a variant of the family \"" + family + "\"."));
		return ApiResponse.ok(Links.withSelf(variant, baseUrl + ROOT + rest));
	}

	private ApiResponse list(ApiRequest request, String baseUrl, String collection, List<ObjectNode> all) {
		requirePagePagination(request.param("pagination_type"));
		PageRequest page = PageRequest.from(request);
		Predicate<ObjectNode> filter = ReferenceSearch.parse(request.param("search"));
		List<ObjectNode> matching = all.stream().filter(filter).toList();
		List<ObjectNode> items = new ArrayList<>();
		for (int i = page.offset(); i < matching.size() && items.size() < page.limit(); i++) {
			ObjectNode item = matching.get(i);
			items.add(Links.withSelf(item, baseUrl + ROOT + collection + "/" + item.get("code").asString()));
		}
		Map<String, String> params = new LinkedHashMap<>();
		params.put("search", request.param("search"));
		boolean full = items.size() == page.limit();
		ObjectNode body = page.meta(baseUrl, ROOT + collection, params, full, matching.size());
		Links.embed(body, items);
		return ApiResponse.ok(body);
	}

	private static void requirePagePagination(String type) {
		if (type == null || type.equals("page")) {
			return;
		}
		throw ApiException.unprocessable(type.equals("search_after") ? "Pagination type is not supported."
				: "Pagination type does not exist.");
	}

	private void requireSelectAttribute(String attribute) {
		ObjectNode definition = store.item("attributes", attribute)
			.orElseThrow(() -> ApiException.notFound("Attribute \"" + attribute + "\" does not exist."));
		if (!SELECT_TYPES.contains(definition.path("type").asString())) {
			throw ApiException.notFound("Attribute \"" + attribute + "\" does not support options. Only attributes of "
					+ "type \"pim_catalog_simpleselect\", \"pim_catalog_multiselect\" support options.");
		}
	}

	private static String name(String collection) {
		return collection.endsWith("/options") ? "Attribute option" : NAMES.getOrDefault(collection, "Resource");
	}

}
