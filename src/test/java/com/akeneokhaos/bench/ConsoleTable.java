package com.akeneokhaos.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A right-aligned Markdown table on the console, so it can be pasted into {@code bench/README.md}. */
final class ConsoleTable {

	private ConsoleTable() {
	}

	static void print(String[] header, List<String[]> body) {
		List<String[]> rows = new ArrayList<>();
		rows.add(header);
		rows.addAll(body);
		int[] widths = new int[header.length];
		rows.forEach(row -> {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		});
		System.out.println();
		for (String[] row : rows) {
			System.out.println(line(row, widths));
			if (row == header) {
				StringBuilder rule = new StringBuilder("|");
				Arrays.stream(widths).forEach(w -> rule.append("-".repeat(w + 1)).append(":|"));
				System.out.println(rule);
			}
		}
	}

	private static String line(String[] row, int[] widths) {
		StringBuilder line = new StringBuilder("|");
		for (int i = 0; i < row.length; i++) {
			line.append(' ').append(" ".repeat(widths[i] - row[i].length())).append(row[i]).append(" |");
		}
		return line.toString();
	}

	/** A whole number with thousands separators, anything else as it is. */
	static String num(Object value) {
		return (value instanceof Number n) ? "%,d".formatted(n.longValue()) : String.valueOf(value);
	}

	static String fmt(String format, Object value) {
		return String.format(Locale.ROOT, format, value);
	}

}
