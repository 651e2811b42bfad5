package com.akeneokhaos.catalogue.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Finds the category at a given level above a product's deepest category in one tree (the root is level
 * 0). Taking every level from the same deepest category keeps Khaos departments and sub-departments
 * consistent; between equally deep categories the first by code wins, so the choice is stable.
 */
final class CategoryLevels {

	private static final Comparator<List<Category>> DEEPEST_FIRST = Comparator
		.comparingInt((List<Category> path) -> -path.size())
		.thenComparing(path -> path.get(path.size() - 1).code());

	private final ReferenceData reference;

	CategoryLevels(ReferenceData reference) {
		this.reference = reference;
	}

	Optional<Category> ancestor(AkeneoProduct product, String tree, int level) {
		return deepestPath(product, tree).filter(path -> path.size() > level).map(path -> path.get(level));
	}

	Optional<List<Category>> deepestPath(AkeneoProduct product, String tree) {
		return product.categories()
			.stream()
			.map(reference::categoryPath)
			.filter(path -> !path.isEmpty() && path.get(0).parent() == null && path.get(0).code().equals(tree))
			.min(DEEPEST_FIRST);
	}

}
