package com.akeneokhaos.catalogue.rules;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Khaos needs stock type 1 (department) and 2 (sub-department), given by Name, Code or ID, with names
 * within their length limits.
 */
final class StockTypeRule implements ItemRule {

	private static final List<String> KEYS = List.of("Name", "Code", "ID");

	private final String field;

	private final String role;

	private final int maxLength;

	private final Rule missing;

	private final Rule tooLong;

	private final FieldSources sources;

	private StockTypeRule(int level, String role, int maxLength, Rule missing, Rule tooLong, FieldSources sources) {
		this.field = "StockType" + level;
		this.role = role + " (" + field + ")";
		this.maxLength = maxLength;
		this.missing = missing;
		this.tooLong = tooLong;
		this.sources = sources;
	}

	static StockTypeRule department(ValidationProperties properties, FieldSources sources) {
		return new StockTypeRule(1, "department", properties.stockType1MaxLength(), Rule.STOCK_TYPE1_MISSING,
				Rule.STOCK_TYPE1_TOO_LONG, sources);
	}

	static StockTypeRule subDepartment(ValidationProperties properties, FieldSources sources) {
		return new StockTypeRule(2, "sub-department", properties.stockType2MaxLength(), Rule.STOCK_TYPE2_MISSING,
				Rule.STOCK_TYPE2_TOO_LONG, sources);
	}

	@Override
	public void check(ObjectNode item, List<Violation> violations) {
		JsonNode type = item.path(field);
		if (KEYS.stream().allMatch(key -> ItemRule.text(type.path(key)) == null)) {
			violations.add(Violation.of(missing, field, null, missingMessage()));
			return;
		}
		String name = ItemRule.text(type.path("Name"));
		if (name != null && ItemRule.length(name) > maxLength) {
			violations.add(Violation.of(tooLong, field + ".Name", name, "The Khaos " + role + " '" + name + "' is "
					+ ItemRule.length(name) + " characters long; Khaos accepts at most " + maxLength + ". "
					+ shorten(field + ".Name")));
		}
	}

	/** The category level that gives this stock type, when only category levels feed it (see FieldSources). */
	Optional<Integer> categoryLevel() {
		return mappedPath().flatMap(sources::categoryLevel);
	}

	private Optional<String> mappedPath() {
		return KEYS.stream().map(key -> field + "." + key).filter(path -> sources.source(path).isPresent()).findFirst();
	}

	private String missingMessage() {
		Optional<String> mapped = mappedPath();
		Optional<Integer> level = categoryLevel();
		if (level.isPresent()) {
			return "The product has no category under " + sources.tree() + " deep enough to give a Khaos " + role
					+ ": classify it at level " + level.get() + " or below.";
		}
		if (mapped.isPresent() && sources.chain(mapped.get()).size() > 1) {
			return missingFromChain(mapped.get());
		}
		return mapped.flatMap(sources::attribute)
			.map(attribute -> "The product has no value in attribute '" + attribute + "', which gives the Khaos "
					+ role + ": fill it in.")
			.orElse("The product has no Khaos " + role + ", which every stock item needs: check the mapping.");
	}

	/** Every place the mapping looked, and what would give any of them a value. */
	private String missingFromChain(String path) {
		return "The product has no value for the Khaos " + role + " in any place the mapping looks ("
				+ sources.origin(path).orElseThrow() + "): " + SourceWords.fixes(sources.chain(path)) + ".";
	}

	private String shorten(String path) {
		if (sources.chain(path).size() > 1) {
			return "Shorten it where the mapping takes it from (" + sources.origin(path).orElseThrow() + ").";
		}
		Optional<String> fix = sources.categoryLevel(path)
			.map(level -> "Shorten the label of its level-" + level + " category under " + sources.tree() + ".");
		return fix.or(() -> sources.attribute(path).map(a -> "Shorten attribute '" + a + "'."))
			.orElse("Shorten it.");
	}

}
