package com.akeneokhaos.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the Java sources that write a table (INSERT, UPDATE, DELETE, REPLACE in their SQL strings, text
 * blocks included), so a test can hold each table to the one package that owns it.
 */
final class SqlWriters {

	private static final Pattern WRITE = Pattern
		.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|replace\\s+into)\\s+`?(\\w+)`?");

	private SqlWriters() {
	}

	/**
	 * The sources under {@code sourceRoot} that write a table whose name starts with {@code tablePrefix} and
	 * that do not live in {@code ownerDirectory} (relative to {@code sourceRoot}), as "file: statement".
	 */
	static List<String> outsideOwner(Path sourceRoot, String tablePrefix, String ownerDirectory) {
		Path owner = sourceRoot.resolve(ownerDirectory);
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(sourceRoot)) {
			files.filter(file -> file.toString().endsWith(".java") && !file.startsWith(owner))
				.forEach(file -> writesIn(file, tablePrefix)
					.forEach(write -> offenders.add(sourceRoot.relativize(file) + ": " + write)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return offenders;
	}

	private static List<String> writesIn(Path file, String tablePrefix) {
		List<String> writes = new ArrayList<>();
		try {
			Matcher matcher = WRITE.matcher(Files.readString(file));
			while (matcher.find()) {
				if (matcher.group(1).toLowerCase().startsWith(tablePrefix)) {
					writes.add(matcher.group().replaceAll("\\s+", " "));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writes;
	}

}
