package com.akeneokhaos.launch;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A command that cannot begin because a setting is wrong or a system it needs cannot be reached: what is
 * wrong and what to set, in one or two lines. The process exits with {@link StartupFailure#EXIT_CODE}.
 */
public final class CannotStartException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> lines;

	CannotStartException(List<String> lines, @Nullable Throwable cause) {
		super(String.join(" ", lines), cause);
		this.lines = List.copyOf(lines);
	}

	/** What is wrong and what to set, in one or two lines. */
	public List<String> lines() {
		return lines;
	}

}
