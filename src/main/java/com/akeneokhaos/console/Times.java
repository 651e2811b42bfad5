package com.akeneokhaos.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Times as the console shows them: UTC, to the second ({@code 2026-11-30 13:20:05 UTC}), whether they come from
 * Batch's tables and ours (UTC date-times) or from the scheduler (instants); a dash when there is none.
 */
final class Times {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

	/** The time as the pages show it. */
	public String at(@Nullable Object time) {
		if (time instanceof LocalDateTime local) {
			return FORMAT.format(local);
		}
		if (time instanceof Instant instant) {
			return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
		}
		return "–";
	}

	/** Seconds with one decimal, as run durations are shown; a dash when unknown. */
	public String seconds(@Nullable Double seconds) {
		return Ages.seconds(seconds);
	}

}
