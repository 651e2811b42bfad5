package com.akeneokhaos.support;

/**
 * A moment of a batch run at which a test can stop the process: the {@code occurrence}-th time
 * {@code event} happens in {@code phase} of step {@code step}. An event is a write statement just executed
 * ({@code after INSERT INTO khaos_outbox}, {@code after UPDATE sync_ledger SET status}...) or a commit of the
 * transaction ({@code before commit}, {@code after commit}); a phase is {@code start} (before the step's
 * first chunk), {@code chunk N} (the N-th chunk of this step execution, counted from 1) or {@code end} (after
 * its last chunk, until the next step starts). Written and read as {@code step|phase|event|occurrence}, so a
 * point can be handed to another JVM and printed for a replay.
 *
 * @param step the step name, e.g. {@code publish-products}
 * @param phase {@code start}, {@code chunk N} or {@code end}
 * @param event what happens, e.g. {@code after INSERT INTO sync_ledger} or {@code before commit}
 * @param occurrence which time it happens in that phase, from 1
 */
public record KillPoint(String step, String phase, String event, int occurrence) {

	private static final String SEPARATOR = "|";

	public KillPoint {
		if (occurrence < 1) {
			throw new IllegalArgumentException("occurrence counts from 1, was " + occurrence);
		}
		for (String part : new String[] { step, phase, event }) {
			if (part.isBlank() || part.contains(SEPARATOR)) {
				throw new IllegalArgumentException("not a kill point part: '" + part + "'");
			}
		}
	}

	/** Reads what {@link #toString()} wrote. */
	public static KillPoint parse(String text) {
		String[] parts = text.split("\\|", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("a kill point reads step|phase|event|occurrence, was '" + text + "'");
		}
		return new KillPoint(parts[0], parts[1], parts[2], Integer.parseInt(parts[3]));
	}

	/** The chunk number of a {@code chunk N} phase, 0 for {@code start} and {@code end}. */
	public int chunk() {
		return phase.startsWith("chunk ") ? Integer.parseInt(phase.substring("chunk ".length())) : 0;
	}

	/** Where the point is, in words: {@code publish-products, chunk 3: after INSERT INTO sync_ledger (#1)}. */
	public String describe() {
		return "%s, %s: %s (#%d)".formatted(step, phase, event, occurrence);
	}

	@Override
	public String toString() {
		return String.join(SEPARATOR, step, phase, event, Integer.toString(occurrence));
	}

}
