package com.akeneokhaos.architecture.violations.ledger;

import com.akeneokhaos.architecture.violations.jobs.alpha.AlphaJob;

/** Breaks "the core imports no job" and "ledger imports nothing of ours". */
public class LedgerLike {

	public AlphaJob job() {
		return new AlphaJob();
	}

}
