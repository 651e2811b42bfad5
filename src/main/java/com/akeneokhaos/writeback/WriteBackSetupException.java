package com.akeneokhaos.writeback;

import java.util.List;

/** Akeneo is not set up for the Khaos status write-back; the message says what to create, one line per problem. */
public class WriteBackSetupException extends IllegalStateException {

	private final List<String> problems;

	WriteBackSetupException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	static void throwIfAny(List<String> problems) {
		if (!problems.isEmpty()) {
			throw new WriteBackSetupException(problems);
		}
	}

	public List<String> problems() {
		return problems;
	}

}
