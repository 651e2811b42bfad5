package com.akeneokhaos.akeneo;

import java.util.Map;

/** One option of a simple or multi select attribute, with its labels per locale. */
public record AttributeOption(String code, Map<String, String> labels) {

	public AttributeOption {
		labels = Map.copyOf(labels);
	}

}
