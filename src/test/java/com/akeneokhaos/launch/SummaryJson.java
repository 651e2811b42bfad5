package com.akeneokhaos.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the summary a CLI run wrote with {@code --summary-json}. */
final class SummaryJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SummaryJson() {
	}

	static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
