package com.akeneokhaos.sandbox.akeneo;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Simulator records kept sorted by their key (products by uuid, models by code), as Akeneo serves them.
 * Readers take an immutable snapshot without locking; writers copy the array, which is cheap enough for the
 * occasional test mutation.
 */
class SortedStore<T> {

	private final Function<T, String> key;

	private final String kind;

	private volatile T[] sorted;

	SortedStore(T[] empty, Function<T, String> key, String kind) {
		this.sorted = empty;
		this.key = key;
		this.kind = kind;
	}

	T[] snapshot() {
		return sorted;
	}

	String keyOf(T record) {
		return key.apply(record);
	}

	synchronized void replaceAll(T[] records) {
		T[] copy = records.clone();
		Arrays.sort(copy, (a, b) -> key.apply(a).compareTo(key.apply(b)));
		sorted = copy;
	}

	Optional<T> get(String wanted) {
		T[] records = sorted;
		int index = indexOf(records, key, wanted);
		return index < 0 ? Optional.empty() : Optional.of(records[index]);
	}

	synchronized void put(T record) {
		int index = indexOf(sorted, key, key.apply(record));
		if (index >= 0) {
			T[] copy = sorted.clone();
			copy[index] = record;
			sorted = copy;
			return;
		}
		int insertAt = -index - 1;
		T[] copy = Arrays.copyOf(sorted, sorted.length + 1);
		System.arraycopy(sorted, insertAt, copy, insertAt + 1, sorted.length - insertAt);
		copy[insertAt] = record;
		sorted = copy;
	}

	synchronized boolean remove(String wanted) {
		int index = indexOf(sorted, key, wanted);
		if (index < 0) {
			return false;
		}
		T[] copy = Arrays.copyOf(sorted, sorted.length - 1);
		System.arraycopy(sorted, index + 1, copy, index, copy.length - index);
		sorted = copy;
		return true;
	}

	synchronized T update(String wanted, UnaryOperator<T> change) {
		T current = get(wanted).orElseThrow(() -> new IllegalArgumentException("unknown " + kind + " " + wanted));
		T changed = change.apply(current);
		put(changed);
		return changed;
	}

	/**
	 * Replaces every record by what {@code change} makes of it, in one copy of the store however many change (a
	 * change must keep the key, so the order holds). Returns how many records changed.
	 */
	synchronized int updateAll(UnaryOperator<T> change) {
		T[] copy = sorted.clone();
		int changed = 0;
		for (int i = 0; i < copy.length; i++) {
			T updated = change.apply(copy[i]);
			if (updated == copy[i]) {
				continue;
			}
			if (!key.apply(updated).equals(key.apply(copy[i]))) {
				throw new IllegalArgumentException(
						"a bulk change must keep the " + kind + "'s key " + key.apply(copy[i]));
			}
			copy[i] = updated;
			changed++;
		}
		sorted = copy;
		return changed;
	}

	/** Binary search by key: the index if present, else {@code -(insertion point) - 1}. */
	static <T> int indexOf(T[] records, Function<T, String> key, String wanted) {
		int low = 0;
		int high = records.length - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int comparison = key.apply(records[middle]).compareTo(wanted);
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

	/** The index of the first record whose key sorts after the given one. */
	static <T> int indexAfter(T[] records, Function<T, String> key, String wanted) {
		int index = indexOf(records, key, wanted);
		return index >= 0 ? index + 1 : -index - 1;
	}

}
