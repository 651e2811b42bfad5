package com.akeneokhaos.catalogue.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.catalogue.mapping.Source;

/**
 * The sources of a field in words a merchandiser understands: where the mapping looks for the value, and
 * what to do in Akeneo so that one of them gives it.
 */
final class SourceWords {

	private SourceWords() {
	}

	/** {@code attribute 'x'}, {@code category level 2 under 'master'} or {@code the fixed value 'General'}. */
	static String describe(Source source, String tree) {
		if (source instanceof Source.FromAttribute attribute) {
			return "attribute '" + attribute.attribute() + "'";
		}
		if (source instanceof Source.FromCategoryLevel level) {
			return "category level " + level.level() + " under " + tree;
		}
		JsonNode value = ((Source.Constant) source).value();
		return "the fixed value " + (value.isString() ? "'" + value.stringValue() + "'" : value) + " of the mapping";
	}

	/** {@code fill in attribute 'x' or classify it at level 1 or below}: any one of them gives a value. */
	static String fixes(List<Source> chain) {
		List<String> fixes = new ArrayList<>();
		chain.stream()
			.filter(Source.FromAttribute.class::isInstance)
			.map(source -> "fill in attribute '" + ((Source.FromAttribute) source).attribute() + "'")
			.distinct()
			.forEach(fixes::add);
		shallowestLevel(chain).ifPresent(level -> fixes.add("classify it at level " + level + " or below"));
		return String.join(" or ", fixes);
	}

	/** The shallowest category level in the chain: a product classified that deep gets a value from it. */
	static Optional<Integer> shallowestLevel(List<Source> chain) {
		return chain.stream()
			.filter(Source.FromCategoryLevel.class::isInstance)
			.map(source -> ((Source.FromCategoryLevel) source).level())
			.min(Integer::compare);
	}

}
