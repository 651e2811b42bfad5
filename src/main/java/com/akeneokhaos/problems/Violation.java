package com.akeneokhaos.problems;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule: the Khaos field it concerns, the offending value as seen, and a sentence a
 * merchandiser can act on without knowing Khaos.
 */
public record Violation(Rule rule, @Nullable String field, @Nullable String offendingValue, String message) {

	/** How much of an offending value is kept: enough to recognise it, not a whole description. */
	public static final int MAX_VALUE_LENGTH = 200;

	/** A violation whose offending value is cut to {@link #MAX_VALUE_LENGTH} characters (marked with "…"). */
	public static Violation of(Rule rule, @Nullable String field, @Nullable String offendingValue, String message) {
		return new Violation(rule, field, truncate(offendingValue), message);
	}

	/** The same violation, its message followed by {@code why} it applies. */
	public Violation explained(String why) {
		return new Violation(rule, field, offendingValue, message + " " + why);
	}

	static @Nullable String truncate(@Nullable String value) {
		if (value == null || value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1)) + "…";
	}

}
