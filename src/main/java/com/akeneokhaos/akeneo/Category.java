package com.akeneokhaos.akeneo;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A node of an Akeneo category tree; {@code parent} is null for a tree root. */
public record Category(String code, @Nullable String parent, Map<String, String> labels, @Nullable String updated) {

	public Category {
		labels = Map.copyOf(labels);
	}

	public String label(String locale) {
		String label = labels.get(locale);
		return (label == null || label.isBlank()) ? code : label;
	}

}
