package com.akeneokhaos.sandbox.akeneo;

/** The simulator's products, always sorted by uuid. */
final class ProductStore extends SortedStore<StoredProduct> {

	ProductStore() {
		super(new StoredProduct[0], StoredProduct::uuid, "product");
	}

	static int indexOf(StoredProduct[] products, String uuid) {
		return indexOf(products, StoredProduct::uuid, uuid);
	}

}
