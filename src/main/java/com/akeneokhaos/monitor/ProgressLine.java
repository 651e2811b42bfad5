package com.akeneokhaos.monitor;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One progress line of a running execution: its job, id and current step, the items the step read so far and its
 * rate since the step began and, when the job's last completed run read this step too, about how long is left.
 *
 * @param step the step running now, or null between steps
 * @param read items the step read so far (as of its last committed chunk)
 * @param elapsed time since the step began
 * @param expected items the same step read in the job's last completed run, or null when not estimated
 */
record ProgressLine(String job, long executionId, @Nullable String step, long read, Duration elapsed,
		@Nullable Long expected) {

	String text() {
		String run = job + " execution " + executionId;
		if (step == null) {
			return run + ": between steps";
		}
		if (read == 0) {
			String line = run + ", step " + step + ": running for " + words(elapsed) + ", no item read yet";
			return (expected != null) ? line + "; the last completed run read " + expected : line;
		}
		double rate = (elapsed.toMillis() > 0) ? read * 1000.0 / elapsed.toMillis() : 0;
		String line = String.format(Locale.ROOT, "%s, step %s: read %d items, %.1f items/s", run, step, read, rate);
		return (expected != null) ? line + "; " + estimate(rate, expected) : line;
	}

	private String estimate(double rate, long total) {
		if (read >= total) {
			return "about done (the last completed run read " + total + ")";
		}
		String left = "about " + (total - read) + " of " + total + " items left";
		if (rate <= 0) {
			return left;
		}
		return left + ", about " + words(Duration.ofSeconds(Math.round((total - read) / rate))) + " to go";
	}

	/** {@code 45 s}, {@code 3 min 20 s}, {@code 2 h 5 min}. */
	static String words(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min " + (seconds % 60) + " s";
		}
		return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
	}

}
