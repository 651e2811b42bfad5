package com.akeneokhaos.bench;

import org.jspecify.annotations.Nullable;

/**
 * One application run the benchmark measures: the job it starts, its name in the results ({@code 1},
 * {@code 2} for the two refreshes, {@code delta-unchanged}, {@code delta-1pct}, {@code reconcile}) and what it
 * means.
 *
 * @param job the job name given to {@code run}
 * @param name the run's name in the console table and the JSON ({@code run}): a number or a word
 * @param meaning one sentence on what the run starts from and is expected to do
 * @param changedInAkeneo products the benchmark changed in Akeneo just before the run
 * @param mirror the stand-in KCC poll and the drift planted in the mirror before a reconciliation, null for the
 * other runs
 */
record BenchRun(String job, Object name, String meaning, int changedInAkeneo, @Nullable MirrorSetup mirror) {

	static final String REFRESH = "catalogue-refresh";

	static final String DELTA = "delta-sync";

	static final String RECONCILE = "reconciliation";

	static BenchRun refresh(int number) {
		return new BenchRun(REFRESH, number, (number == 1) ? "first run: empty ledger, every valid product created"
				: "second run: same catalogue, every product unchanged", 0, null);
	}

	static BenchRun deltaUnchanged() {
		return new BenchRun(DELTA, "delta-unchanged", "delta-sync right after the two refreshes: nothing changed in Akeneo",
				0, null);
	}

	static BenchRun deltaChanged(int changed) {
		return new BenchRun(DELTA, "delta-1pct", "delta-sync after %,d simple products (1 %%) had their name changed"
			.formatted(changed), changed, null);
	}

	static BenchRun reconcile(MirrorSetup mirror) {
		return new BenchRun(RECONCILE, "reconcile", ("reconciliation after a stand-in KCC poll filled the mirror with "
				+ "every published item and %,d mirror items (1 %%) had their ShortDescription changed")
			.formatted(mirror.planted()), 0, mirror);
	}

	boolean delta() {
		return DELTA.equals(job);
	}

	boolean reconciliation() {
		return RECONCILE.equals(job);
	}

	/** The summary file name part: {@code run1}, {@code delta-unchanged}... */
	String fileName() {
		return (name instanceof Integer) ? "run" + name : String.valueOf(name);
	}

}
