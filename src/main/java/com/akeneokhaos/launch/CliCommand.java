package com.akeneokhaos.launch;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The command words the process understands on its command line. */
public final class CliCommand {

	static final Set<String> COMMANDS = Set.of("run", "restart", "status");

	private CliCommand() {
	}

	/** Whether the arguments name a CLI command rather than starting the service. */
	public static boolean isCommand(String... args) {
		List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
		return !words.isEmpty() && COMMANDS.contains(words.get(0));
	}

}
