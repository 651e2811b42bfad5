package com.akeneokhaos.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The samples of a Prometheus text scrape: name, labels and value of each line that is not a comment. */
final class PrometheusText {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+).*$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final List<Sample> samples = new ArrayList<>();

	PrometheusText(String text) {
		text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
			Matcher sample = SAMPLE.matcher(line);
			if (sample.matches()) {
				samples.add(new Sample(sample.group(1), labels(sample.group(2)), Double.parseDouble(sample.group(3))));
			}
		});
	}

	/** The samples of this name whose labels include these ({@code name, value, name, value...}). */
	List<Sample> samples(String name, String... labels) {
		return samples.stream().filter(sample -> sample.name().equals(name) && sample.has(labels)).toList();
	}

	/** The value of the one sample of this name with these labels. */
	double value(String name, String... labels) {
		List<Sample> found = samples(name, labels);
		if (found.size() != 1) {
			throw new AssertionError("expected one sample " + name + " " + List.of(labels) + ", found " + found);
		}
		return found.get(0).value();
	}

	private static Map<String, String> labels(String text) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (text != null) {
			Matcher label = LABEL.matcher(text);
			while (label.find()) {
				labels.put(label.group(1), label.group(2));
			}
		}
		return labels;
	}

	/** One line of the scrape. */
	record Sample(String name, Map<String, String> labels, double value) {

		boolean has(String... pairs) {
			for (int i = 0; i + 1 < pairs.length; i += 2) {
				if (!pairs[i + 1].equals(labels.get(pairs[i]))) {
					return false;
				}
			}
			return true;
		}

	}

}
