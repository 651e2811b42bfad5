package com.akeneokhaos.akeneo;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An Asset Manager family: which of its attributes is the main media, and its attributes by code (a media link's
 * prefix and suffix build the link Akeneo shows: prefix + data + suffix).
 */
public record AssetFamily(String code, @Nullable String attributeAsMainMedia, Map<String, Attribute> attributes) {

	public AssetFamily {
		attributes = Map.copyOf(attributes);
	}

	public Optional<Attribute> mainMedia() {
		return Optional.ofNullable(attributeAsMainMedia).map(attributes::get);
	}

	/** An asset attribute: {@code media_link}, {@code media_file}, {@code text}...; prefix and suffix of a media link. */
	public record Attribute(String code, String type, @Nullable String prefix, @Nullable String suffix) {
	}

}
