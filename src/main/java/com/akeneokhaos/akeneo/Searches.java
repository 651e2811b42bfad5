package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Akeneo {@code search} filters (JSON objects) for product and product model lists. A filter naming many codes is
 * split into several of at most {@link #CODES_PER_SEARCH} codes each (sorted), which keeps each URL short; a reader
 * reads their union.
 */
public final class Searches {

	public static final int CODES_PER_SEARCH = 50;

	private Searches() {
	}

	public static String updatedSince(String since) {
		return condition("updated", ">", text(since));
	}

	public static List<String> inCategories(Collection<String> codes) {
		return chunked("categories", "IN CHILDREN", codes);
	}

	public static List<String> uuids(Collection<String> uuids) {
		return chunked("uuid", "IN", uuids);
	}

	/** Assets (or other items searched by code) with one of these codes. */
	public static List<String> codes(Collection<String> codes) {
		return chunked("code", "IN", codes);
	}

	public static List<String> families(Collection<String> families) {
		return chunked("family", "IN", families);
	}

	/** Items whose select attribute (neither localizable nor scopable) holds one of these options. */
	public static List<String> withOptions(String attribute, Collection<String> options) {
		return chunked(attribute, "IN", options);
	}

	/** Items that hold the attribute (it is in their family) without a value for it. */
	public static String withoutValue(String attribute) {
		return "{" + text(attribute) + ":[{\"operator\":\"EMPTY\"}]}";
	}

	/** Variant products only (they have a parent model). */
	public static String variants() {
		return "{\"parent\":[{\"operator\":\"NOT EMPTY\"}]}";
	}

	/** One search meeting the conditions of both (Akeneo applies the properties of one search together). */
	public static String both(String first, String second) {
		ObjectNode both = (ObjectNode) JsonMapper.shared().readTree(first);
		both.setAll((ObjectNode) JsonMapper.shared().readTree(second));
		return both.toString();
	}

	private static List<String> chunked(String property, String operator, Collection<String> codes) {
		List<String> sorted = List.copyOf(new TreeSet<>(codes));
		List<String> searches = new ArrayList<>();
		for (int from = 0; from < sorted.size(); from += CODES_PER_SEARCH) {
			List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + CODES_PER_SEARCH));
			searches.add(condition(property, operator,
					"[" + String.join(",", chunk.stream().map(Searches::text).toList()) + "]"));
		}
		return searches;
	}

	private static String condition(String property, String operator, String valueJson) {
		return "{" + text(property) + ":[{\"operator\":" + text(operator) + ",\"value\":" + valueJson + "}]}";
	}

	private static String text(String value) {
		return JsonMapper.shared().writeValueAsString(value);
	}

}
