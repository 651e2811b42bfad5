package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's product models, always sorted by code. Each is stored with its own values and categories
 * only; Akeneo serves a sub-model with its ancestors' values and categories merged in (as it serves a variant
 * product), which {@link #served} builds.
 */
final class ModelStore extends SortedStore<StoredModel> {

	ModelStore() {
		super(new StoredModel[0], StoredModel::code, "product model");
	}

	void replaceAll(List<StoredModel> models) {
		replaceAll(models.toArray(new StoredModel[0]));
	}

	/** The model as {@code GET product-models} serves it, by code. */
	Optional<ObjectNode> served(String code) {
		return get(code).map(this::served);
	}

	/**
	 * The model as {@code GET product-models} serves it: a root as stored; a sub-model with the values of its
	 * ancestors (root first) and then its own, a lower level winning for an attribute set at several levels, and
	 * with its own categories followed by its ancestors' (as Akeneo's {@code ProductModel::getCategories}).
	 */
	ObjectNode served(StoredModel model) {
		ObjectNode node = model.node();
		if (model.isRoot()) {
			return node;
		}
		List<ObjectNode> ancestors = ancestors(model).stream().map(a -> ownValues(a.node())).toList();
		node.set("values", ModelValues.merged(ancestors, ownValues(node)));
		ArrayNode categories = node.putArray("categories");
		categories(model).forEach(categories::add);
		return node;
	}

	byte[] servedJson(StoredModel model) {
		return model.isRoot() ? model.json() : Json.bytes(served(model));
	}

	/** Its own categories, then those of its ancestors not already listed: the categories Akeneo serves and searches. */
	List<String> categories(StoredModel model) {
		if (model.isRoot()) {
			return model.categories();
		}
		Set<String> categories = new LinkedHashSet<>(model.categories());
		List<StoredModel> ancestors = ancestors(model);
		for (int i = ancestors.size() - 1; i >= 0; i--) {
			categories.addAll(ancestors.get(i).categories());
		}
		return List.copyOf(categories);
	}

	/** 0 for a root model, 1 for a sub-model: the variant level whose attributes it holds. */
	int level(StoredModel model) {
		return ancestors(model).size();
	}

	/** The ancestors present in the store, root first; stops at a missing parent and never loops. */
	private List<StoredModel> ancestors(StoredModel model) {
		List<StoredModel> ancestors = new ArrayList<>();
		StoredModel current = model;
		while (current.parent() != null && ancestors.size() < snapshot().length) {
			Optional<StoredModel> parent = get(current.parent());
			if (parent.isEmpty()) {
				break;
			}
			current = parent.get();
			ancestors.add(0, current);
		}
		return ancestors;
	}

	private static ObjectNode ownValues(ObjectNode model) {
		return model.get("values") instanceof ObjectNode values ? values : Json.object();
	}

}
