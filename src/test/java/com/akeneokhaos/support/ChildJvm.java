package com.akeneokhaos.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Runs the application's command line in JVMs of their own ({@link KillableApplication}, on this JVM's class
 * path) and SIGKILLs one the moment it reaches a {@link KillPoint}: the child writes a marker file and waits
 * there, transaction open, and this side kills it as soon as the file appears. Each child's output goes to a
 * log file.
 * <p>
 * Children start faster than a plain JVM would: the first JIT tier and the serial collector only, and the
 * class directories packed as jars so that the first run that ends on its own ({@link #runToTheEnd}) leaves
 * a class-data archive (AppCDS) the next children map instead of loading every class again.
 */
public final class ChildJvm {

	private static final Duration POLL = Duration.ofMillis(20);

	private static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

	private final String classPath;

	private final @Nullable Path archive;

	private ChildJvm(String classPath, @Nullable Path archive) {
		this.classPath = classPath;
		this.archive = archive;
	}

	/**
	 * Children on this JVM's class path, its directories packed as jars into {@code folder} (unless
	 * {@code -Dkill.cds=false}: then on this very class path, without a class-data archive).
	 */
	public static ChildJvm in(Path folder) {
		if (!Boolean.parseBoolean(System.getProperty("kill.cds", "true"))) {
			return new ChildJvm(System.getProperty("java.class.path"), null);
		}
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(entry);
			Path jar = folder.resolve("classpath-" + entries.size() + ".jar");
			entries.add(Files.isDirectory(path) ? jar(path, jar) : entry);
		}
		return new ChildJvm(String.join(File.pathSeparator, entries), folder.resolve("children.jsa"));
	}

	/**
	 * Runs {@code arguments} (e.g. {@code run catalogue-refresh --spring.datasource.url=...}) until the child
	 * reaches {@code point} (then it is killed) or ends on its own; fails after {@code timeout}.
	 */
	public Ending runAndKillAt(KillPoint point, List<String> arguments, Path log, Duration timeout) {
		Path marker = log.resolveSibling(log.getFileName() + ".killpoint");
		Process child = start(List.of("-Dkill.at=" + point, "-Dkill.marker=" + marker), arguments, log);
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				if (Files.exists(marker)) {
					child.destroyForcibly();
					if (!child.waitFor(30, TimeUnit.SECONDS)) {
						throw new IllegalStateException("the child did not die after SIGKILL; log: " + log);
					}
					return new Ending(true, null);
				}
				if (child.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
					return Files.exists(marker) ? new Ending(true, null) : new Ending(false, child.exitValue());
				}
			}
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			throw new IllegalStateException("the child neither reached " + point + " nor ended in " + timeout
					+ "; log: " + log + "\n" + tail(log));
		}
		catch (InterruptedException ex) {
			child.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs {@code arguments} to their end, writing every event of the run ({@link KillPoint}s, one a line)
	 * to {@code events}; returns the exit code. The first such run also writes the class-data archive.
	 */
	public int runToTheEnd(List<String> arguments, Path events, Path log, Duration timeout) {
		List<String> options = new ArrayList<>(List.of("-Dkill.record=" + events));
		if (archive != null && !Files.exists(archive)) {
			options.add("-XX:ArchiveClassesAtExit=" + archive);
		}
		Process child = start(options, arguments, log);
		try {
			if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				throw new IllegalStateException(
						"the child did not end in " + timeout + "; log: " + log + "\n" + tail(log));
			}
			return child.exitValue();
		}
		catch (InterruptedException ex) {
			child.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The last lines of a child's log, to show why it ended. */
	public static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private Process start(List<String> properties, List<String> arguments, Path log) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(System.getProperty("kill.jvm-options", JVM_OPTIONS).split("\\s+")));
		if (archive != null && Files.exists(archive)) {
			command.add("-XX:SharedArchiveFile=" + archive);
		}
		command.addAll(List.of("-cp", classPath));
		command.addAll(properties);
		command.add(KillableApplication.class.getName());
		command.addAll(arguments);
		try {
			Files.deleteIfExists(log.resolveSibling(log.getFileName() + ".killpoint"));
			return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the child JVM", ex);
		}
	}

	/** The directory as a jar, with directory entries (classpath scanning of a package needs them). */
	private static String jar(Path directory, Path jar) {
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
				Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted().toList()) {
				String name = directory.relativize(path).toString().replace(File.separatorChar, '/');
				if (name.isEmpty()) {
					continue;
				}
				boolean folder = Files.isDirectory(path);
				out.putNextEntry(new JarEntry(folder ? name + "/" : name));
				if (!folder) {
					Files.copy(path, out);
				}
				out.closeEntry();
			}
			return jar.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not pack " + directory + " as a jar", ex);
		}
	}

	/**
	 * How a child ended.
	 *
	 * @param killed whether it reached its kill point and was killed there
	 * @param exitCode its exit code when it ended on its own
	 */
	public record Ending(boolean killed, @Nullable Integer exitCode) {
	}

}
