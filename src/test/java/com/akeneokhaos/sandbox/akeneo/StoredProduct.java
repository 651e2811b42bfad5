package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One product held compactly: its JSON as UTF-8 bytes plus the few fields searches filter on, so a
 * 200,000-product catalogue fits in memory and filters never parse JSON.
 */
record StoredProduct(String uuid, boolean enabled, String parent, List<String> categories, long updatedEpochSecond,
		byte[] json) {

	static StoredProduct of(ObjectNode product) {
		String uuid = product.path("uuid").asString("");
		if (uuid.isEmpty()) {
			throw new IllegalArgumentException("a product needs a uuid");
		}
		JsonNode parent = product.path("parent");
		return new StoredProduct(uuid, product.path("enabled").asBoolean(true),
				parent.isString() && !parent.asString().isEmpty() ? parent.asString() : null,
				categories(product.path("categories")), Json.epochSecond(product.path("updated").asString()),
				Json.bytes(product));
	}

	ObjectNode node() {
		return Json.parseObject(json);
	}

	private static List<String> categories(JsonNode categories) {
		List<String> codes = new ArrayList<>(categories.size());
		categories.forEach(code -> codes.add(code.asString()));
		return List.copyOf(codes);
	}

}
