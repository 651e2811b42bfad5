package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a mapping file, so the operator sees them all at once, each naming the file. */
final class Problems {

	private final String origin;

	private final List<String> lines = new ArrayList<>();

	Problems(String origin) {
		this.origin = origin;
	}

	void general(String message) {
		lines.add(origin + ": " + message);
	}

	void field(String path, String message) {
		lines.add(origin + ": field '" + path + "' " + message);
	}

	int count() {
		return lines.size();
	}

	boolean isEmpty() {
		return lines.isEmpty();
	}

	void throwIfAny() {
		if (!lines.isEmpty()) {
			throw new MappingException(lines);
		}
	}

}
