package com.akeneokhaos.architecture.violations.jobs.alpha;

import com.akeneokhaos.architecture.violations.jobs.beta.BetaJob;

/** Breaks "no job imports another job". */
public class AlphaJob {

	public BetaJob other() {
		return new BetaJob();
	}

}
