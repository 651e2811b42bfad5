package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One product held compactly: its JSON as UTF-8 bytes plus the few fields searches filter on, so a
 * 200,000-product catalogue fits in memory and the field filters never parse JSON (attribute value filters do).
 */
record StoredProduct(String uuid, boolean enabled, String family, String parent, List<String> categories,
		long createdEpochSecond, long updatedEpochSecond, byte[] json) {

	static StoredProduct of(ObjectNode product) {
		String uuid = product.path("uuid").asString("");
		if (uuid.isEmpty()) {
			throw new IllegalArgumentException("a product needs a uuid");
		}
		return new StoredProduct(uuid, product.path("enabled").asBoolean(true), code(product.path("family")),
				code(product.path("parent")), codes(product.path("categories")), createdOf(product),
				Json.epochSecond(product.path("updated").asString()), Json.bytes(product));
	}

	/** When the product was created (its {@code updated} date when it has no {@code created} one). */
	private static long createdOf(ObjectNode product) {
		String created = product.path("created").asString("");
		return Json.epochSecond(created.isEmpty() ? product.path("updated").asString() : created);
	}

	ObjectNode node() {
		return Json.parseObject(json);
	}

	/** A code property (family, parent): null when absent, null or empty; interned, as few distinct ones exist. */
	static String code(JsonNode code) {
		return code.isString() && !code.asString().isEmpty() ? code.asString().intern() : null;
	}

	/** The codes of an array property such as {@code categories}, as an immutable list. */
	static List<String> codes(JsonNode array) {
		List<String> codes = new ArrayList<>(array.size());
		array.forEach(code -> codes.add(code.asString()));
		return List.copyOf(codes);
	}

}
