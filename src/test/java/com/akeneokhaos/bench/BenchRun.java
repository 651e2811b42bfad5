package com.akeneokhaos.bench;

/**
 * One application run the benchmark measures: the job it starts, its name in the results ({@code 1},
 * {@code 2} for the two refreshes, {@code delta-unchanged}, {@code delta-1pct}) and what it means.
 *
 * @param job the job name given to {@code run}
 * @param name the run's name in the console table and the JSON ({@code run}): a number or a word
 * @param meaning one sentence on what the run starts from and is expected to do
 * @param changedInAkeneo products the benchmark changed in Akeneo just before the run
 */
record BenchRun(String job, Object name, String meaning, int changedInAkeneo) {

	static final String REFRESH = "catalogue-refresh";

	static final String DELTA = "delta-sync";

	static BenchRun refresh(int number) {
		return new BenchRun(REFRESH, number, (number == 1) ? "first run: empty ledger, every valid product created"
				: "second run: same catalogue, every product unchanged", 0);
	}

	static BenchRun deltaUnchanged() {
		return new BenchRun(DELTA, "delta-unchanged", "delta-sync right after the two refreshes: nothing changed in Akeneo",
				0);
	}

	static BenchRun deltaChanged(int changed) {
		return new BenchRun(DELTA, "delta-1pct", "delta-sync after %,d simple products (1 %%) had their name changed"
			.formatted(changed), changed);
	}

	boolean delta() {
		return DELTA.equals(job);
	}

	/** The summary file name part: {@code run1}, {@code delta-unchanged}... */
	String fileName() {
		return (name instanceof Integer) ? "run" + name : String.valueOf(name);
	}

}
