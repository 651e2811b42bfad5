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
import java.util.stream.Collectors;


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
		Path log = tmp.resolve("java-jar-%s.log".formatted(words[0]));
		ProcessBuilder builder = javaJarProcess(log, environment, List.of(words));
		try {
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				fail("%s did not end within %s and was destroyed; it printed:%n%s", builder.command(), TIMEOUT,
						read(log));
			}
			return new Run(builder.command(), process.exitValue(), read(log));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code java -jar} of the packaged jar as the service (no command), on {@code port}, until the returned handle
	 * is closed (SIGTERM, as {@code docker stop} sends).
	 */
	static Service service(Path tmp, Map<String, String> environment, int port, String... settings) {
		List<String> words = new ArrayList<>(List.of("--server.port=" + port));
		words.addAll(List.of(settings));
		Path log = tmp.resolve("java-jar-service.log");
		try {
			return new Service(javaJarProcess(log, environment, words).start(), log, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code java -jar} of the packaged jar from the project directory, with only this environment of ours. */
	private static ProcessBuilder javaJarProcess(Path log, Map<String, String> environment, List<String> words) {
		Path jar = Path.of(requiredProperty("packagedJar"));
		assertThat(jar).as("the packaged jar (run through ./mvnw verify, after package)").isRegularFile();
		// the quick-starting JIT and GC of a short run on a busy two-core machine: the jar is what users run, the
		// JVM's tuning is not what these tests check
		List<String> command = new ArrayList<>(
				List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()));
		command.addAll(words);
		ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// only what this test gives, not settings the build happens to run with
		builder.environment().keySet().removeIf(name -> name.startsWith("SYNC_") || name.startsWith("AKENEO_")
				|| name.startsWith("KHAOS_") || name.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		return builder;
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
	/** The jar running as the service, and what it printed so far. */
	record Service(Process process, Path log, int port) implements AutoCloseable {

		String output() {
			return read(log);
		}

		@Override
		public void close() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}

	}

	record Run(List<String> command, int exitCode, String output) {

		String describe() {
			return "%s exited with %d; it printed:%n%s".formatted(String.join(" ", command), exitCode, output);
		}

		/** The same run as if it had not printed the lines containing {@code text}. */
		Run withoutLinesContaining(String text) {
			return new Run(command, exitCode,
					output.lines().filter(line -> !line.contains(text)).collect(Collectors.joining("\n", "", "\n")));
		}

	}

}
