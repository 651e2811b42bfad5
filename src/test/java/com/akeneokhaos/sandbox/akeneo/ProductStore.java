package com.akeneokhaos.sandbox.akeneo;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The simulator's products, always sorted by uuid. Readers take an immutable snapshot without locking;
 * writers copy the array, which is cheap enough for the occasional test mutation.
 */
final class ProductStore {

	private volatile StoredProduct[] sorted = new StoredProduct[0];

	StoredProduct[] snapshot() {
		return sorted;
	}

	synchronized void replaceAll(StoredProduct[] products) {
		StoredProduct[] copy = products.clone();
		Arrays.sort(copy, (a, b) -> a.uuid().compareTo(b.uuid()));
		sorted = copy;
	}

	Optional<StoredProduct> get(String uuid) {
		StoredProduct[] products = sorted;
		int index = indexOf(products, uuid);
		return index < 0 ? Optional.empty() : Optional.of(products[index]);
	}

	synchronized void put(StoredProduct product) {
		int index = indexOf(sorted, product.uuid());
		if (index >= 0) {
			StoredProduct[] copy = sorted.clone();
			copy[index] = product;
			sorted = copy;
			return;
		}
		int insertAt = -index - 1;
		StoredProduct[] copy = new StoredProduct[sorted.length + 1];
		System.arraycopy(sorted, 0, copy, 0, insertAt);
		copy[insertAt] = product;
		System.arraycopy(sorted, insertAt, copy, insertAt + 1, sorted.length - insertAt);
		sorted = copy;
	}

	synchronized boolean remove(String uuid) {
		int index = indexOf(sorted, uuid);
		if (index < 0) {
			return false;
		}
		StoredProduct[] copy = new StoredProduct[sorted.length - 1];
		System.arraycopy(sorted, 0, copy, 0, index);
		System.arraycopy(sorted, index + 1, copy, index, copy.length - index);
		sorted = copy;
		return true;
	}

	synchronized StoredProduct update(String uuid, UnaryOperator<StoredProduct> change) {
		StoredProduct current = get(uuid).orElseThrow(() -> new IllegalArgumentException("unknown product " + uuid));
		StoredProduct changed = change.apply(current);
		put(changed);
		return changed;
	}

	/** Binary search by uuid: the index if present, else {@code -(insertion point) - 1}. */
	static int indexOf(StoredProduct[] products, String uuid) {
		int low = 0;
		int high = products.length - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int comparison = products[middle].uuid().compareTo(uuid);
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

	/** The index of the first product whose uuid sorts after the given one. */
	static int indexAfter(StoredProduct[] products, String uuid) {
		int index = indexOf(products, uuid);
		return index >= 0 ? index + 1 : -index - 1;
	}

}
