package com.akeneokhaos.launch;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the CLI command given on the command line and keeps its exit code: 0 only when the execution
 * COMPLETED, 1 when it did not, 2 when the command itself was wrong, 3 when it could not begin (a setting is
 * wrong or Akeneo or the database cannot be reached).
 */
@Component
class CommandLineJobs implements ApplicationRunner, ExitCodeGenerator {

	static final int COMPLETED = 0;

	static final int NOT_COMPLETED = 1;

	static final int USAGE = 2;

	private final JobCommands commands;

	private final PrintStream out;

	private int exitCode = COMPLETED;

	CommandLineJobs(JobCommands commands) {
		this.commands = commands;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !CliCommand.COMMANDS.contains(words.get(0))) {
			return;
		}
		try {
			exitCode = commands.execute(words, arguments, out);
		}
		catch (CannotStartException ex) {
			ex.lines().forEach(out::println);
			exitCode = StartupFailure.EXIT_CODE;
		}
		catch (IllegalArgumentException ex) {
			out.println("error: " + ex.getMessage());
			out.println(usage());
			exitCode = USAGE;
		}
		catch (IllegalStateException ex) {
			out.println("error: " + ex.getMessage());
			exitCode = NOT_COMPLETED;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	static String usage() {
		return """
				usage: run <job> [name=value ...] [--summary-json=PATH]
				       restart <executionId> [--after-crash] [--summary-json=PATH]
				       status [--limit=N]""";
	}

}
