package com.akeneokhaos.structure;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.akeneokhaos.outbox.PayloadHash;

/**
 * Derives the {@code StockID} we send to Khaos from Akeneo's stable keys, so the same product always
 * lands on the same Khaos item whatever happens to its SKU or its place in a product structure.
 */
public final class StockIds {

	private static final Pattern GENERATION = Pattern.compile("(.+)-r(\\d+)");

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

	/**
	 * The StockID of the item that replaces the Khaos item {@code stockId} for the same Akeneo product
	 * (Khaos keeps the old one, discontinued): {@code P-<uuid>} becomes {@code P-<uuid>-r2}, then
	 * {@code -r3}, and so on. Derived from the ledger's current StockID, so a restart picks the same one.
	 */
	public static String successor(String stockId) {
		Matcher generation = GENERATION.matcher(stockId);
		if (generation.matches()) {
			return generation.group(1) + "-r" + (Integer.parseInt(generation.group(2)) + 1);
		}
		return stockId + "-r2";
	}

}
