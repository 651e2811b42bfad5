package com.akeneokhaos.jobs.refresh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.support.TestDatabase;

/**
 * The application's command line ({@code run}, {@code restart}, {@code status}) run in this JVM on one
 * database and the Akeneo sandbox, with the settings every run of the kill harness shares. The caller may
 * read what it needs from the application before it closes.
 */
final class InProcessCommandLine {

	/** Settings of every run: chunks of 20 (more chunks to kill in), every unconfirmed delivery reported. */
	static final List<String> SETTINGS = List.of("--sync.refresh.chunk-size=20", "--sync.refresh.confirmation-grace=0s");

	private final TestDatabase.Coordinates db;

	private final AkeneoSandbox akeneo;

	InProcessCommandLine(TestDatabase.Coordinates db, AkeneoSandbox akeneo) {
		this.db = db;
		this.akeneo = akeneo;
	}

	/** The command's words followed by the database, Akeneo and shared settings, as the CLI takes them. */
	List<String> arguments(String... words) {
		List<String> arguments = new ArrayList<>(List.of(words));
		arguments.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password()));
		arguments.addAll(akeneo.arguments());
		arguments.addAll(SETTINGS);
		return arguments;
	}

	/**
	 * Runs the command; {@code read} sees the application after the command ran, before it closes. One
	 * command at a time in this JVM, whichever thread asks.
	 */
	<T> Result<T> run(Function<ConfigurableApplicationContext, T> read, String... words) {
		synchronized (InProcessCommandLine.class) {
			return runAlone(read, words);
		}
	}

	private <T> Result<T> runAlone(Function<ConfigurableApplicationContext, T> read, String... words) {
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String[] arguments = arguments(words).toArray(String[]::new);
		ConfigurableApplicationContext context = application.run(arguments);
		T value;
		try {
			value = read.apply(context);
		}
		catch (RuntimeException ex) {
			context.close();
			throw ex;
		}
		return new Result<>(SpringApplication.exit(context), value);
	}

	/**
	 * What a command ended with.
	 *
	 * @param exitCode the CLI's exit code (0 when the execution COMPLETED)
	 * @param read what was read from the application before it closed
	 */
	record Result<T>(int exitCode, T read) {
	}

}
