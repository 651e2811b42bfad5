package com.akeneokhaos.console;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A duration as people read it on a page: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
final class Ages {

	private Ages() {
	}

	static String of(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min";
		}
		if (seconds < 86400) {
			return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
		}
		return (seconds / 86400) + " d " + (seconds % 86400 / 3600) + " h";
	}

	/** Seconds with one decimal, as run durations are shown; a dash when unknown. */
	static String seconds(@Nullable Double seconds) {
		return (seconds == null) ? "–" : String.format(Locale.ROOT, "%.1f s", seconds);
	}

}
