package com.akeneokhaos.akeneo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An Akeneo family: the attributes its products may have and which one is the label. */
public record Family(String code, List<String> attributes, @Nullable String attributeAsLabel) {

	public Family {
		attributes = List.copyOf(attributes);
	}

}
