package com.akeneokhaos.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.akeneokhaos.AkeneoKhaosSyncApplication;

/**
 * Runs the application's command line in a JVM of its own, as {@code java -jar} does, and watches its peak resident
 * memory: the kernel's high-water mark of the process ({@code VmHWM} in {@code /proc/<pid>/status}), read every 20 ms
 * until it exits. The benchmark's own JVM, which also holds the catalogue and the simulator, is not measured.
 */
final class ForkedApplication {

	private static final long POLL_MS = 20;

	private ForkedApplication() {
	}

	/** The exit code and peak resident memory of one run; the output goes to {@code log}. */
	record Result(int exitCode, double peakRssMb) {
	}

	static Result run(List<String> jvmArguments, List<String> arguments, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArguments);
		command.addAll(List.of("-cp", classpath(), AkeneoKhaosSyncApplication.class.getName()));
		command.addAll(arguments);
		Files.createDirectories(log.toAbsolutePath().getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long peakKb = 0;
		try {
			while (process.isAlive()) {
				peakKb = Math.max(peakKb, highWaterMarkKb(process.pid()));
				Thread.sleep(POLL_MS);
			}
			return new Result(process.waitFor(), Math.round(peakKb / 102.4) / 10.0);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while the application ran", ex);
		}
	}

	/** The process's peak resident set so far in kB (0 once it is gone, or where /proc does not exist). */
	private static long highWaterMarkKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process has just exited
		}
		return 0;
	}

	/** The application's classpath: the one Maven's exec:java gave this class (not the Maven JVM's own). */
	private static String classpath() {
		if (ForkedApplication.class.getClassLoader() instanceof URLClassLoader loader) {
			List<String> entries = new ArrayList<>();
			for (URL url : loader.getURLs()) {
				try {
					entries.add(Path.of(url.toURI()).toString());
				}
				catch (URISyntaxException ex) {
					throw new IllegalStateException("Not a file on the classpath: " + url, ex);
				}
			}
			return String.join(File.pathSeparator, entries);
		}
		return System.getProperty("java.class.path");
	}

}
