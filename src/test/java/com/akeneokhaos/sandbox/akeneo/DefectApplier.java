package com.akeneokhaos.sandbox.akeneo;

import java.util.Random;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Plants one {@link DefectKind} into a valid generated product, leaving everything else valid. */
final class DefectApplier {

	private final CategoryTree tree;

	DefectApplier(CategoryTree tree) {
		this.tree = tree;
	}

	/**
	 * @param duplicatedSku the SKU of the earlier valid product to clash with; only for SKU_DUPLICATE_CASE
	 */
	void apply(DefectKind kind, ObjectNode product, Random random, String duplicatedSku) {
		switch (kind) {
			case SKU_EMPTY -> emptySku(product, random);
			case SKU_TOO_LONG -> setSku(product, Skus.tooLong(sku(product), random));
			case SKU_BAD_CHARACTERS -> setSku(product, Skus.badCharacters(sku(product), random));
			case SKU_DUPLICATE_CASE -> setSku(product, Skus.otherCase(duplicatedSku));
			case NAME_MISSING -> removeEnglishName(product);
			case NAME_TOO_LONG -> englishName(product).put("data",
					Names.padded(englishName(product).get("data").asString(), 251 + random.nextInt(50)));
			case UNCATEGORISED -> classify(product, random.nextBoolean() ? CategoryTree.randomPrintSection(random) : null);
			case SHALLOW_CATEGORY -> classify(product, tree.departmentOf(product.get("categories").get(0).asString()));
			case LONG_DEPARTMENT_LABEL -> classify(product, tree.randomLongLabelCategory(random));
			case NEGATIVE_PRICE -> gbpPrice(product).put("amount", "-4.00");
			case PRICE_NOT_NUMERIC -> gbpPrice(product).put("amount", "twelve");
			case BUY_PRICE_MISSING -> ((ObjectNode) product.get("values")).remove("cost_price");
			case VARIANT -> product.put("parent", "stray_model_" + sku(product).replaceAll("[^A-Za-z0-9]", "_"));
		}
	}

	static String sku(ObjectNode product) {
		return product.get("values").get("sku").get(0).get("data").asString();
	}

	private static void setSku(ObjectNode product, String sku) {
		((ObjectNode) product.get("values").get("sku").get(0)).put("data", sku);
	}

	private static void emptySku(ObjectNode product, Random random) {
		if (random.nextBoolean()) {
			((ObjectNode) product.get("values")).remove("sku");
		}
		else {
			setSku(product, "");
		}
	}

	private static ObjectNode englishName(ObjectNode product) {
		return (ObjectNode) product.get("values").get("name").get(0);
	}

	private static void removeEnglishName(ObjectNode product) {
		ArrayNode names = (ArrayNode) product.get("values").get("name");
		names.remove(0);
		if (names.isEmpty()) {
			((ObjectNode) product.get("values")).remove("name");
		}
	}

	private static void classify(ObjectNode product, String category) {
		ArrayNode categories = product.putArray("categories");
		if (category != null) {
			categories.add(category);
		}
	}

	private static ObjectNode gbpPrice(ObjectNode product) {
		for (var price : product.get("values").get("price").get(0).get("data")) {
			if ("GBP".equals(price.get("currency").asString())) {
				return (ObjectNode) price;
			}
		}
		throw new IllegalStateException("generated products always have a GBP price");
	}

}
