package com.akeneokhaos.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;


import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the repackaged jar as users do: {@code java -jar akeneo-khaos-sync-VERSION.jar} in a process of its
 * own, configured only through the environment and started from the project directory, where it finds
 * {@code jobs/jobs.yml} and the catalogue mapping. Failsafe passes the jar's path as {@code packagedJar}.
 */
final class PackagedJar {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private PackagedJar() {
	}

	/** The database settings an operator gives the jar. */
	static Map<String, String> database(TestDatabase.Coordinates db) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SYNC_DB_URL", db.url());
		environment.put("SYNC_DB_USERNAME", db.username());
		environment.put("SYNC_DB_PASSWORD", db.password());
		return environment;
	}

	/**
	 * The sandbox's Akeneo properties as environment variables ({@code akeneo.base-url} is
	 * {@code AKENEO_BASE_URL}, as in application.yml).
	 */
	static Map<String, String> akeneo(AkeneoSandbox akeneo) {
		Map<String, String> environment = new LinkedHashMap<>();
		akeneo.properties()
			.forEach(p -> environment.put(p[0].toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), p[1]));
		return environment;
	}

	/**
	 * {@code java -jar} of the packaged jar with the JVM running this test, from the project directory; the
	 * process is destroyed when it outlives {@link #TIMEOUT}, which fails the test with what it printed.
	 */
	static Run javaJar(Path tmp, Map<String, String> environment, String... words) {
		Path jar = Path.of(requiredProperty("packagedJar"));
		assertThat(jar).as("the packaged jar (run through ./mvnw verify, after package)").isRegularFile();
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
		command.addAll(List.of(words));
		Path log = tmp.resolve("java-jar-%s.log".formatted(words[0]));
		ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// only what this test gives, not settings the build happens to run with
		builder.environment().keySet().removeIf(name -> name.startsWith("SYNC_") || name.startsWith("AKENEO_")
				|| name.startsWith("KHAOS_") || name.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		try {
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				fail("%s did not end within %s and was destroyed; it printed:%n%s", command, TIMEOUT, read(log));
			}
			return new Run(command, process.exitValue(), read(log));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The project directory: failsafe's working directory unless the pom names it. */
	private static Path projectDir() {
		return Path.of(System.getProperty("projectBaseDir", System.getProperty("user.dir")));
	}

	private static String requiredProperty(String name) {
		String value = System.getProperty(name);
		assertThat(value).as("system property %s (set by maven-failsafe-plugin in pom.xml)", name).isNotBlank();
		return value;
	}

	private static String read(Path log) {
		try {
			return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How a {@code java -jar} process ended and what it printed (standard output and error). */
	record Run(List<String> command, int exitCode, String output) {

		String describe() {
			return "%s exited with %d; it printed:%n%s".formatted(String.join(" ", command), exitCode, output);
		}

	}

}
