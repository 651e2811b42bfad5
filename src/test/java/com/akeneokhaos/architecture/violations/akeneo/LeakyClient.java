package com.akeneokhaos.architecture.violations.akeneo;

import com.akeneokhaos.architecture.violations.ledger.LedgerLike;

/** Breaks "akeneo imports nothing of ours". */
public class LeakyClient {

	public LedgerLike ledger() {
		return new LedgerLike();
	}

}
