package com.akeneokhaos.ledger;

/** Where an item stands towards Khaos. */
public enum LedgerStatus {

	/** Sent to the outbox; Khaos has not confirmed it yet. */
	PUBLISHED,
	/** Khaos uploaded it back (StockUpload): it exists there. */
	CONFIRMED,
	/** Retired: discontinued in Khaos, never deleted. */
	DISCONTINUED

}
