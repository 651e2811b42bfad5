package com.akeneokhaos.catalogue.mapping;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean" hints for misspelt field names, keys and attribute codes. */
final class Suggestions {

	private Suggestions() {
	}

	/** {@code " (did you mean 'x'?)"} for the closest candidate, or an empty string if none is close. */
	static String didYouMean(String wrong, Collection<String> candidates) {
		return candidates.stream()
			.min(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(c -> c))
			.filter(best -> distance(wrong, best) <= Math.max(2, wrong.length() / 4))
			.map(best -> " (did you mean '" + best + "'?)")
			.orElse("");
	}

	static int distance(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT);
		String y = b.toLowerCase(Locale.ROOT);
		int[] previous = new int[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			int[] current = new int[y.length() + 1];
			current[0] = i;
			for (int j = 1; j <= y.length(); j++) {
				int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			previous = current;
		}
		return previous[y.length()];
	}

}
