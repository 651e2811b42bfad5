package com.akeneokhaos.sandbox.akeneo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The simulator's product models, always sorted by code; copy-on-write like {@link ProductStore}. */
final class ModelStore {

	private volatile StoredModel[] sorted = new StoredModel[0];

	StoredModel[] snapshot() {
		return sorted;
	}

	synchronized void replaceAll(List<StoredModel> models) {
		StoredModel[] copy = models.toArray(new StoredModel[0]);
		Arrays.sort(copy, (a, b) -> a.code().compareTo(b.code()));
		sorted = copy;
	}

	Optional<StoredModel> get(String code) {
		StoredModel[] models = sorted;
		int index = indexOf(models, code);
		return index < 0 ? Optional.empty() : Optional.of(models[index]);
	}

	synchronized void put(StoredModel model) {
		int index = indexOf(sorted, model.code());
		if (index >= 0) {
			StoredModel[] copy = sorted.clone();
			copy[index] = model;
			sorted = copy;
			return;
		}
		int insertAt = -index - 1;
		StoredModel[] copy = new StoredModel[sorted.length + 1];
		System.arraycopy(sorted, 0, copy, 0, insertAt);
		copy[insertAt] = model;
		System.arraycopy(sorted, insertAt, copy, insertAt + 1, sorted.length - insertAt);
		sorted = copy;
	}

	/** Binary search by code: the index if present, else {@code -(insertion point) - 1}. */
	static int indexOf(StoredModel[] models, String code) {
		int low = 0;
		int high = models.length - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int comparison = models[middle].code().compareTo(code);
			if (comparison < 0) {
				low = middle + 1;
			}
			else if (comparison > 0) {
				high = middle - 1;
			}
			else {
				return middle;
			}
		}
		return -(low + 1);
	}

	/** The index of the first model whose code sorts after the given one. */
	static int indexAfter(StoredModel[] models, String code) {
		int index = indexOf(models, code);
		return index >= 0 ? index + 1 : -index - 1;
	}

}
