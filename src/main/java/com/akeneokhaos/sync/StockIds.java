package com.akeneokhaos.sync;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives the {@code StockID} we send to Khaos from Akeneo's stable keys, so the same product always
 * lands on the same Khaos item whatever happens to its SKU or its place in a product structure.
 */
public final class StockIds {

	private StockIds() {
	}

	/** Product items are keyed on their uuid, which Akeneo never changes. */
	public static String forProduct(String uuid) {
		return "P-" + uuid.toLowerCase(Locale.ROOT);
	}

	/** SCS parents are keyed on the model code, which Akeneo never changes either. */
	public static String forModel(String modelCode) {
		byte[] digest = PayloadHash.sha256(modelCode.getBytes(StandardCharsets.UTF_8));
		return "M-" + HexFormat.of().formatHex(digest, 0, 16);
	}

}
