package com.akeneokhaos.sandbox.akeneo;

import java.util.Random;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds one valid product in Akeneo's {@code products-uuid} shape. */
final class ProductFactory {

	private static final long CREATED_FROM = Json.epochSecond("2023-01-01T00:00:00+00:00");

	private static final int DAY = 86_400;

	private final CategoryTree tree;

	ProductFactory(CategoryTree tree) {
		this.tree = tree;
	}

	ObjectNode valid(String uuid, String sku, Random random) {
		CategoryTree.Placement placement = tree.randomPlacement(random);
		String family = placement.department().family();
		ObjectNode product = Json.object();
		product.put("uuid", uuid);
		product.put("enabled", random.nextInt(100) < 92);
		product.put("family", family);
		ArrayNode categories = product.putArray("categories").add(placement.category());
		if (random.nextInt(100) < 8) {
			categories.add(CategoryTree.randomPrintSection(random));
		}
		product.putArray("groups");
		product.putNull("parent");
		product.set("values", ProductValues.build(family, sku, random));
		long created = CREATED_FROM + random.nextInt(500 * DAY);
		product.put("created", Json.date(created));
		product.put("updated", Json.date(created + random.nextInt(200 * DAY)));
		product.putObject("associations");
		product.putObject("quantified_associations");
		return product;
	}

}
