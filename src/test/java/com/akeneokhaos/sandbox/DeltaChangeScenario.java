package com.akeneokhaos.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

/**
 * Changes a synced sandbox catalogue the ways delta-sync must catch: a product renamed and a root model's
 * description rewritten (both seen through {@code updated}), then changes that leave every product's
 * {@code updated} as it was: a category moved under another department, a category relabelled, a category
 * deleted, and a brand option relabelled. Returns one line per change.
 */
final class DeltaChangeScenario {

	private final GeneratedCatalogue catalogue;

	private final AkeneoSimulator akeneo;

	DeltaChangeScenario(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		this.catalogue = catalogue;
		this.akeneo = akeneo;
	}

	List<String> apply() {
		List<String> applied = new ArrayList<>();
		String product = catalogue.validUuids().get(0);
		akeneo.updateProduct(product, p -> rewrite(p, "name", "Sandbox renamed product"));
		applied.add("product " + product + " renamed (its updated date moves)");
		if (!catalogue.rootModelCodes().isEmpty()) {
			String model = catalogue.rootModelCodes().get(0);
			akeneo.updateProductModel(model, m -> rewrite(m, "description", "Rewritten by the sandbox"));
			applied.add("root model " + model + " description rewritten (it and its variants move)");
		}
		List<Category> departments = secondLevel();
		if (departments.size() >= 3) {
			Category moved = departments.get(0);
			String newParent = firstLevel().stream()
				.map(Category::code)
				.filter(code -> !code.equals(moved.parent()))
				.findFirst()
				.orElseThrow();
			akeneo.updateCategory(moved.code(), c -> c.put("parent", newParent));
			applied.add("category " + moved.code() + " moved from " + moved.parent() + " to " + newParent
					+ " (no product's updated date moves)");
			Category renamed = departments.get(1);
			akeneo.updateCategory(renamed.code(), c -> c.putObject("labels").put("en_GB", "Sandbox department"));
			applied.add("category " + renamed.code() + " relabelled 'Sandbox department'");
			Category deleted = departments.get(2);
			akeneo.deleteCategory(deleted.code());
			applied.add("category " + deleted.code() + " deleted (Akeneo unlinks its products silently)");
		}
		String brand = akeneo.product(product).orElseThrow().at("/values/brand/0/data").asString("");
		if (!brand.isEmpty()) {
			akeneo.updateAttributeOption("brand", brand, Map.of("en_GB", "Sandbox Brand Ltd"));
			applied.add("brand option " + brand + " relabelled 'Sandbox Brand Ltd'");
		}
		return applied;
	}

	private List<Category> firstLevel() {
		return categories(1);
	}

	private List<Category> secondLevel() {
		return categories(2);
	}

	/** Categories of the master tree at this depth (1: departments under the root), by code. */
	private List<Category> categories(int level) {
		ReferenceData reference = catalogue.referenceData();
		return reference.categories().values().stream()
			.filter(c -> reference.categoryPath(c.code()).size() == level + 1)
			.filter(c -> "master".equals(reference.categoryPath(c.code()).get(0).code()))
			.sorted(Comparator.comparing(Category::code))
			.toList();
	}

	private static void rewrite(ObjectNode item, String attribute, String text) {
		item.get("values").get(attribute).forEach(value -> ((ObjectNode) value).put("data", text));
	}

}
