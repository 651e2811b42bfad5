package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's product models, always sorted by code. Each is stored with its own values only; Akeneo
 * serves a sub-model with its ancestors' values merged in (as it serves a variant product), which
 * {@link #served} builds.
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
	 * ancestors (root first) and then its own, a lower level winning for an attribute set at several levels.
	 */
	ObjectNode served(StoredModel model) {
		ObjectNode node = model.node();
		if (model.isRoot()) {
			return node;
		}
		List<ObjectNode> ancestors = new ArrayList<>();
		StoredModel current = model;
		while (current.parent() != null && ancestors.size() < snapshot().length) {
			Optional<StoredModel> parent = get(current.parent());
			if (parent.isEmpty()) {
				break;
			}
			current = parent.get();
			ancestors.add(0, ownValues(current.node()));
		}
		node.set("values", ModelValues.merged(ancestors, ownValues(node)));
		return node;
	}

	byte[] servedJson(StoredModel model) {
		return model.isRoot() ? model.json() : Json.bytes(served(model));
	}

	private static ObjectNode ownValues(ObjectNode model) {
		return model.get("values") instanceof ObjectNode values ? values : Json.object();
	}

}
