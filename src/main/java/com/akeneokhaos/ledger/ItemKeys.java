package com.akeneokhaos.ledger;

/** Ledger keys: a product's uuid, or {@code model:<code>} for a product model. */
public final class ItemKeys {

	private static final String MODEL = "model:";

	private ItemKeys() {
	}

	public static String forModel(String modelCode) {
		return MODEL + modelCode;
	}

	public static boolean isModel(String itemKey) {
		return itemKey.startsWith(MODEL);
	}

	/** The model code of a {@link #forModel} key. */
	public static String modelCode(String itemKey) {
		if (!isModel(itemKey)) {
			throw new IllegalArgumentException("Not a product model key: " + itemKey);
		}
		return itemKey.substring(MODEL.length());
	}

}
