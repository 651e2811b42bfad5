package com.akeneokhaos.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Where the numbers come from: commit, date, JVM, heap settings, cores, OS. */
record BenchEnvironment(String commit, List<String> worktreeChanges, String date, String jvm, String gc,
		long maxHeapBytes, List<String> jvmArguments, int cores, String os) {

	static BenchEnvironment describe() {
		String commit = git("rev-parse", "HEAD").stream().findFirst().orElse("unknown");
		// --no-optional-locks: read-only, git does not even refresh its index
		List<String> changes = git("--no-optional-locks", "status", "--porcelain", "--untracked-files=all");
		Runtime.Version version = Runtime.version();
		String jvm = "%s %s (%s)".formatted(System.getProperty("java.vm.vendor"), version,
				System.getProperty("java.vm.name"));
		return new BenchEnvironment(commit, changes.stream().limit(30).toList(),
				OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), jvm,
				HeapWatch.collectorNames(), HeapWatch.maxHeap(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
				Runtime.getRuntime().availableProcessors(),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
	}

	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("commit", commit);
		map.put("worktreeChanges", worktreeChanges);
		map.put("date", date);
		map.put("jvm", jvm);
		map.put("gc", gc);
		map.put("maxHeapMb", HeapWatch.mb(maxHeapBytes));
		map.put("jvmArguments", jvmArguments);
		map.put("cores", cores);
		map.put("os", os);
		return map;
	}

	private static List<String> git(String... arguments) {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				return List.of();
			}
			return output.lines().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			return List.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

}
