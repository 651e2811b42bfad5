package com.akeneokhaos.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.report.RunSummary;

/** Prints a run summary and, when asked, writes it as JSON for CI. */
@Component
class SummaryReport {

	private final JsonMapper json;

	SummaryReport(JsonMapper json) {
		this.json = json;
	}

	void print(RunSummary summary, PrintStream out, List<String> jsonPaths) {
		out.print(summary.describe());
		if (jsonPaths != null) {
			jsonPaths.forEach(path -> write(summary, Path.of(path)));
		}
	}

	void write(RunSummary summary, Path path) {
		try {
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.writeString(path, json.writerWithDefaultPrettyPrinter().writeValueAsString(asMap(summary)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the summary to " + path, ex);
		}
	}

	static Map<String, Object> asMap(RunSummary summary) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("job", summary.job());
		map.put("executionId", summary.executionId());
		map.put("status", summary.status());
		map.put("exitCode", summary.exitCode());
		map.putAll(summary.report().figures());
		map.put("durationSeconds", summary.duration().toMillis() / 1000.0);
		map.put("exitMessage", summary.exitMessage());
		return map;
	}

}
