package com.akeneokhaos.catalogue.rules;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.FieldMapping;
import com.akeneokhaos.catalogue.mapping.Source;

/** Says where a Khaos field comes from in Akeneo, so a violation can tell the merchandiser what to fix. */
final class FieldSources {

	private final @Nullable CatalogueMapping mapping;

	FieldSources(@Nullable CatalogueMapping mapping) {
		this.mapping = mapping;
	}

	Optional<Source> source(String path) {
		return Optional.ofNullable(mapping).flatMap(m -> m.field(path)).map(FieldMapping::source);
	}

	/** The Akeneo attribute feeding the field, if it is fed by one. */
	Optional<String> attribute(String path) {
		return source(path).filter(Source.FromAttribute.class::isInstance)
			.map(s -> ((Source.FromAttribute) s).attribute());
	}

	/** The category level feeding the field, if it is fed by one. */
	Optional<Integer> categoryLevel(String path) {
		return source(path).filter(Source.FromCategoryLevel.class::isInstance)
			.map(s -> ((Source.FromCategoryLevel) s).level());
	}

	String tree() {
		String tree = (mapping == null) ? null : mapping.defaults().categoryTree();
		return (tree == null) ? "the category tree" : "'" + tree + "'";
	}

	/** {@code " (attribute 'x')"}, {@code " (category level 2 under 'master')"}, or nothing. */
	String from(String path) {
		Optional<String> attribute = attribute(path);
		if (attribute.isPresent()) {
			return " (attribute '" + attribute.get() + "')";
		}
		return categoryLevel(path).map(level -> " (category level " + level + " under " + tree() + ")").orElse("");
	}

}
