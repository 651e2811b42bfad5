package com.akeneokhaos.akeneo;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** One failed attempt worth retrying: a 408, 429 or 5xx status, or an I/O error. */
final class TransientFailure extends Exception {

	private final @Nullable Integer status;

	private final Duration retryAfter;

	private TransientFailure(@Nullable Integer status, Duration retryAfter, @Nullable IOException cause) {
		super((status != null) ? "HTTP " + status : String.valueOf(cause), cause, false, false);
		this.status = status;
		this.retryAfter = retryAfter;
	}

	static TransientFailure status(int status, Duration retryAfter) {
		return new TransientFailure(status, retryAfter, null);
	}

	static TransientFailure io(IOException cause) {
		return new TransientFailure(null, Duration.ZERO, cause);
	}

	static boolean isTransient(int status) {
		return status == 408 || status == 429 || status >= 500;
	}

	@Nullable Integer status() {
		return status;
	}

	Duration retryAfter() {
		return retryAfter;
	}

}
