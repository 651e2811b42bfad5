package com.akeneokhaos.sandbox.akeneo;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * One product model held as JSON bytes plus the fields its searches and scenarios use; {@code categories} are
 * its own, without those it inherits from its parent (see {@link ModelStore#categories}).
 */
record StoredModel(String code, String parent, String family, String familyVariant, List<String> categories,
		long updatedEpochSecond, byte[] json) {

	static StoredModel of(ObjectNode model) {
		String code = model.path("code").asString("");
		if (code.isEmpty()) {
			throw new IllegalArgumentException("a product model needs a code");
		}
		return new StoredModel(code, StoredProduct.code(model.path("parent")), model.path("family").asString(null),
				model.path("family_variant").asString(null), StoredProduct.codes(model.path("categories")),
				Json.epochSecond(model.path("updated").asString()), Json.bytes(model));
	}

	ObjectNode node() {
		return Json.parseObject(json);
	}

	boolean isRoot() {
		return parent == null;
	}

}
