package com.akeneokhaos.akeneo;

import org.jspecify.annotations.Nullable;

/**
 * Akeneo kept failing transiently (408, 429, 5xx or I/O errors) until the retries ran out. The whole
 * step should fail and be restarted later; no single item is at fault.
 */
public class AkeneoUnavailableException extends RuntimeException {

	private final String path;

	private final @Nullable Integer lastStatus;

	public AkeneoUnavailableException(String path, @Nullable Integer lastStatus, int attempts,
			@Nullable Throwable cause) {
		super("Akeneo unavailable for " + path + " after " + attempts + " attempts, last "
				+ ((lastStatus != null) ? "status " + lastStatus : "error " + describe(cause)), cause);
		this.path = path;
		this.lastStatus = lastStatus;
	}

	/** The request path, without host or query string. */
	public String path() {
		return path;
	}

	/** The HTTP status of the last attempt, or null when it ended with an I/O error. */
	public @Nullable Integer lastStatus() {
		return lastStatus;
	}

	private static String describe(@Nullable Throwable cause) {
		return (cause == null) ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}
