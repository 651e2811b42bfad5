package com.akeneokhaos.ledger;


/**
 * A Khaos item taken out of use so that its stock code can go to another item: discontinued (never
 * deleted: orders and stock history name it) and renamed to {@code freedCode}. Its ledger row either stays
 * where it is ({@code archiveKey} equals the old key: the Akeneo item is gone) or, when the same Akeneo
 * product lives on under a new StockID, moves to {@code archiveKey} so the product's own row can follow it.
 */
public record Retirement(LedgerEntry old, String archiveKey, String freedCode, String why) {

	private static final String ARCHIVE_PREFIX = "replaced:";

	/** The item is replaced by a new Khaos item for the same Akeneo product. */
	public static Retirement replaced(LedgerEntry old, String freedCode, String why) {
		return new Retirement(old, ARCHIVE_PREFIX + old.stockId(), freedCode, why);
	}

	/** The item's Akeneo product or model is gone and another item takes its stock code. */
	public static Retirement displaced(LedgerEntry old, String freedCode, String why) {
		return new Retirement(old, old.itemKey(), freedCode, why);
	}

	/** Why, in the words of the audit trail. */
	public String historyDetail() {
		return why + ": Khaos item " + old.stockId() + " discontinued (not deleted) and its stock code "
				+ old.stockCode() + " renamed to " + freedCode + " to free it";
	}

}
