package com.akeneokhaos.catalogue.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.FieldMapping;
import com.akeneokhaos.catalogue.mapping.Source;

/**
 * Says where a Khaos field comes from in Akeneo, fallbacks included, so a violation can tell the
 * merchandiser what to fix. A field's chain is its source followed by its fallbacks; the value Khaos got
 * came from one of them.
 */
final class FieldSources {

	private final @Nullable CatalogueMapping mapping;

	FieldSources(@Nullable CatalogueMapping mapping) {
		this.mapping = mapping;
	}

	/** The field's source, then its fallbacks; empty when the field is not mapped. */
	List<Source> chain(String path) {
		return Optional.ofNullable(mapping).flatMap(m -> m.field(path)).map(FieldMapping::sources).orElse(List.of());
	}

	/** The field's own source (the first one tried). */
	Optional<Source> source(String path) {
		return chain(path).stream().findFirst();
	}

	/** The Akeneo attribute the field is read from first, if it is read from one. */
	Optional<String> attribute(String path) {
		return source(path).filter(Source.FromAttribute.class::isInstance)
			.map(s -> ((Source.FromAttribute) s).attribute());
	}

	/** The attribute feeding the field when nothing else does, so its value surely came from there. */
	Optional<String> onlyAttribute(String path) {
		return (chain(path).size() == 1) ? attribute(path) : Optional.empty();
	}

	/**
	 * The category level a product must be classified at (or below) for the field to get a value, when only
	 * category levels feed it: the shallowest level of its chain.
	 */
	Optional<Integer> categoryLevel(String path) {
		List<Source> chain = chain(path);
		boolean onlyLevels = !chain.isEmpty() && chain.stream().allMatch(Source.FromCategoryLevel.class::isInstance);
		return onlyLevels ? SourceWords.shallowestLevel(chain) : Optional.empty();
	}

	String tree() {
		String tree = (mapping == null) ? null : mapping.defaults().categoryTree();
		return (tree == null) ? "the category tree" : "'" + tree + "'";
	}

	/**
	 * Where the field's value is looked for, in words: {@code attribute 'x'}, {@code category level 2 under
	 * 'master'}, or a chain such as {@code category level 2 under 'master', else the fixed value 'General' of
	 * the mapping}; empty for an unmapped field or a single constant.
	 */
	Optional<String> origin(String path) {
		List<Source> chain = chain(path);
		if (chain.isEmpty() || (chain.size() == 1 && chain.get(0) instanceof Source.Constant)) {
			return Optional.empty();
		}
		return Optional.of(chain.stream().map(s -> SourceWords.describe(s, tree())).collect(Collectors.joining(", else ")));
	}

	/** {@code " (attribute 'x')"}, {@code " (category level 2 under 'master')"}, a chain, or nothing. */
	String from(String path) {
		return origin(path).map(origin -> " (" + origin + ")").orElse("");
	}

}
