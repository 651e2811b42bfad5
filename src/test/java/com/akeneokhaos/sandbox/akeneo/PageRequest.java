package com.akeneokhaos.sandbox.akeneo;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code page}, {@code limit} and {@code with_count} parameters of Akeneo's default pagination,
 * validated with Akeneo's 422 messages, and the list body built from them. As in Akeneo's offset paginator,
 * a full page always gets a {@code next} link.
 */
record PageRequest(int page, int limit, boolean withCount) {

	static final int MAX_LIMIT = 100;

	static PageRequest from(ApiRequest request) {
		return new PageRequest(positive(request.param("page"), 1, "page"), limit(request), withCount(request));
	}

	/** {@code with_count}: {@code true} or {@code false} exactly, false when absent. */
	private static boolean withCount(ApiRequest request) {
		String withCount = request.param("with_count");
		if (withCount == null || withCount.equals("false")) {
			return false;
		}
		if (withCount.equals("true")) {
			return true;
		}
		throw ApiException.unprocessable("Parameter \"with_count\" has to be a boolean. Only \"true\" or \"false\" "
				+ "allowed, \"" + withCount + "\" given.");
	}

	/** {@code limit}: 10 by default, 1 to 100. */
	static int limit(ApiRequest request) {
		int limit = positive(request.param("limit"), 10, "limit");
		if (limit > MAX_LIMIT) {
			throw ApiException.unprocessable("You cannot request more than " + MAX_LIMIT + " items.");
		}
		return limit;
	}

	int offset() {
		return (page - 1) * limit;
	}

	/**
	 * A page-paginated list body without its {@code _embedded} items: links, current page and count.
	 * @param params the request parameters to keep in every link, without {@code page}
	 */
	ObjectNode meta(String baseUrl, String path, Map<String, String> params, boolean hasNext, long count) {
		ObjectNode body = Json.object();
		ObjectNode links = body.putObject("_links");
		links.set("self", Links.link(Links.href(baseUrl, path, withPage(page, params))));
		links.set("first", Links.link(Links.href(baseUrl, path, withPage(1, params))));
		if (page > 1) {
			links.set("previous", Links.link(Links.href(baseUrl, path, withPage(page - 1, params))));
		}
		if (hasNext) {
			links.set("next", Links.link(Links.href(baseUrl, path, withPage(page + 1, params))));
		}
		body.put("current_page", page);
		if (withCount) {
			body.put("items_count", count);
		}
		return body;
	}

	private Map<String, String> withPage(int number, Map<String, String> params) {
		Map<String, String> linked = new LinkedHashMap<>();
		linked.put("page", Integer.toString(number));
		linked.put("limit", Integer.toString(limit));
		params.forEach(linked::putIfAbsent);
		if (withCount) {
			linked.put("with_count", "true");
		}
		return linked;
	}

	private static int positive(String text, int byDefault, String name) {
		if (text == null || text.isEmpty()) {
			return byDefault;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= 1) {
				return value;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below like any other invalid number
		}
		throw ApiException.unprocessable("\"" + text + "\" is not a valid " + name + " number.");
	}

}
