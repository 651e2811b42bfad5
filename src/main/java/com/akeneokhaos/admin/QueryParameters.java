package com.akeneokhaos.admin;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;

/**
 * Checks the admin API's query parameters, each refused with one sentence (400) naming the parameter and what
 * it may be. A parameter given empty counts as not given.
 */
final class QueryParameters {

	static final int MAX_LIMIT = 1000;

	private QueryParameters() {
	}

	/** {@code limit}: a whole number from 1 to {@value #MAX_LIMIT}, {@code fallback} when not given. */
	static int limit(@Nullable String value, int fallback) {
		if (absent(value)) {
			return fallback;
		}
		if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
			throw AdminApiException
				.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", was '" + value + "'.");
		}
		return Integer.parseInt(value);
	}

	/** {@code status}: the name of a Batch status, in any letter case; null when not given. */
	static @Nullable BatchStatus status(@Nullable String value) {
		if (absent(value)) {
			return null;
		}
		try {
			return BatchStatus.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw AdminApiException.badRequest("status must be one of " + Arrays.toString(BatchStatus.values())
					+ ", was '" + value + "'.");
		}
	}

	/** A job name that must be one of {@code jobNames}; null when not given. */
	static @Nullable String job(@Nullable String value, Collection<String> jobNames) {
		return oneOf("job", value, jobNames);
	}

	/** {@code name}: one of {@code allowed}, as written; null when not given. */
	static @Nullable String oneOf(String name, @Nullable String value, Collection<String> allowed) {
		if (absent(value)) {
			return null;
		}
		if (!allowed.contains(value)) {
			throw AdminApiException.badRequest(name + " must be one of " + allowed + ", was '" + value + "'.");
		}
		return value;
	}

	/** A free text filter; null when not given. */
	static @Nullable String text(@Nullable String value) {
		return absent(value) ? null : value;
	}

	private static boolean absent(@Nullable String value) {
		return value == null || value.isEmpty();
	}

}
