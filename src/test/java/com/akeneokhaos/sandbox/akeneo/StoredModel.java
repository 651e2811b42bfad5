package com.akeneokhaos.sandbox.akeneo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One product model held as JSON bytes plus the fields its searches and scenarios use. */
record StoredModel(String code, String parent, String family, String familyVariant, long updatedEpochSecond,
		byte[] json) {

	static StoredModel of(ObjectNode model) {
		String code = model.path("code").asString("");
		if (code.isEmpty()) {
			throw new IllegalArgumentException("a product model needs a code");
		}
		JsonNode parent = model.path("parent");
		return new StoredModel(code, parent.isString() && !parent.asString().isEmpty() ? parent.asString() : null,
				model.path("family").asString(null), model.path("family_variant").asString(null),
				Json.epochSecond(model.path("updated").asString()), Json.bytes(model));
	}

	ObjectNode node() {
		return Json.parseObject(json);
	}

	boolean isRoot() {
		return parent == null;
	}

}
