package com.akeneokhaos.akeneo;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header, given either in seconds or as an HTTP-date. */
final class RetryAfter {

	private RetryAfter() {
	}

	/** The wait the server asked for, zero when the header is absent, unreadable or in the past. */
	static Duration parse(@Nullable String header, Clock clock) {
		if (header == null || header.isBlank()) {
			return Duration.ZERO;
		}
		String value = header.strip();
		if (value.chars().allMatch(Character::isDigit)) {
			return Duration.ofSeconds(Long.parseLong(value));
		}
		try {
			Duration wait = Duration.between(clock.instant(),
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeException ex) {
			return Duration.ZERO;
		}
	}

}
