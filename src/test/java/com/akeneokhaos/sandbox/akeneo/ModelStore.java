package com.akeneokhaos.sandbox.akeneo;

import java.util.List;

/** The simulator's product models, always sorted by code. */
final class ModelStore extends SortedStore<StoredModel> {

	ModelStore() {
		super(new StoredModel[0], StoredModel::code, "product model");
	}

	void replaceAll(List<StoredModel> models) {
		replaceAll(models.toArray(new StoredModel[0]));
	}

}
