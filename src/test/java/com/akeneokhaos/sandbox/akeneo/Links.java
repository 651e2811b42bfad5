package com.akeneokhaos.sandbox.akeneo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.databind.node.ObjectNode;

/** Builds the absolute {@code _links} hrefs and list bodies of HAL responses, as Akeneo does. */
final class Links {

	private Links() {
	}

	/** {@code base + path ? params}, skipping null values; values are percent-encoded ({@code %20} for spaces). */
	static String href(String baseUrl, String path, Map<String, String> params) {
		StringJoiner query = new StringJoiner("&");
		params.forEach((name, value) -> {
			if (value != null) {
				query.add(encode(name) + "=" + encode(value));
			}
		});
		return baseUrl + path + (query.length() == 0 ? "" : "?" + query);
	}

	static ObjectNode link(String href) {
		ObjectNode link = Json.object();
		link.put("href", href);
		return link;
	}

	/** A copy of the item with {@code _links.self} first, as in every Akeneo list. */
	static ObjectNode withSelf(ObjectNode item, String selfHref) {
		ObjectNode linked = Json.object();
		linked.putObject("_links").set("self", link(selfHref));
		linked.setAll(item);
		return linked;
	}

	static void embed(ObjectNode body, List<ObjectNode> items) {
		body.putObject("_embedded").putArray("items").addAll(items);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
