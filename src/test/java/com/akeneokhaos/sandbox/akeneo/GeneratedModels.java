package com.akeneokhaos.sandbox.akeneo;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The product models a {@link CatalogueGenerator} built and their variant products.
 *
 * @param models root and sub-models in the spec's shape, sorted by code (so a root comes before its sub-models)
 * @param variants the variant products, in generation order
 * @param variantsByModel model code → uuids of every variant below it (for a root: of all its sub-models too)
 * @param rootCodes the root model codes, sorted
 * @param fiveAxisRootCodes the root models of the 5-axis family variant, sorted
 */
record GeneratedModels(List<ObjectNode> models, List<StoredProduct> variants, Map<String, List<String>> variantsByModel,
		List<String> rootCodes, List<String> fiveAxisRootCodes) {

	static final GeneratedModels NONE = new GeneratedModels(List.of(), List.of(), Map.of(), List.of(), List.of());

}
