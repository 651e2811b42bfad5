package com.akeneokhaos.notify;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something a person should hear about, as every channel renders it: a subject line, the lines of the message (what
 * happened, then what to do), and where to look.
 *
 * @param key the event, the same whichever process notices it (e.g. {@code run-failed:42}): recorded once per channel
 * @param kind what kind of event it is
 * @param subject one line
 * @param lines the message, one sentence or item per line
 * @param link where to look (the console page), if the service's address is configured
 * @param digestToId for a digest, the last exception id it covers
 */
public record Notification(String key, Kind kind, String subject, List<String> lines, @Nullable String link,
		@Nullable Long digestToId) {

	public Notification {
		lines = List.copyOf(lines);
	}

	/** The subject, the lines and the link as plain text. */
	String text() {
		StringBuilder text = new StringBuilder();
		lines.forEach(line -> text.append(line).append('\n'));
		if (link != null) {
			text.append('\n').append(link).append('\n');
		}
		return text.toString();
	}

	/** The kinds of event. */
	public enum Kind {

		/** An execution ended FAILED. */
		RUN_FAILED,

		/** An execution ended STOPPED. */
		RUN_STOPPED,

		/** The mass-retirement guard stopped a run from discontinuing most of Khaos. */
		MASS_RETIREMENT,

		/** An execution took longer than the configured limit. */
		RUN_LONG,

		/** Items published to Khaos that Khaos has not confirmed past the grace period. */
		KHAOS_UNCONFIRMED,

		/** A reconciliation found more drift than the configured threshold. */
		DRIFT,

		/** The merchandisers' digest of new exceptions. */
		DIGEST

	}

}
