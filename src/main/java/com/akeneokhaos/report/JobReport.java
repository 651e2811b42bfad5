package com.akeneokhaos.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one job execution did, told by the job itself: its figures by name, in the order an operator reads
 * them (numbers, or a map of numbers such as rejections by rule), and a few sentences for the console.
 * The figures are what {@code --summary-json} writes; the sentences are what the CLI prints.
 */
public record JobReport(Map<String, Object> figures, List<String> lines) {

	public JobReport {
		figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
		lines = List.copyOf(lines);
	}

}
