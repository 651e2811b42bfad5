package com.akeneokhaos.catalogue.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.catalogue.mapping.Source.Show;

/**
 * Reads the source part of a field entry or of a fallback: exactly one of attribute, category-level or
 * constant, with the options that fit it.
 */
final class SourceReader {

	private static final List<String> SOURCES = List.of("attribute", "category-level", "constant");

	private static final Map<String, Set<String>> OPTIONS = Map.of("attribute",
			Set.of("as", "currency", "unit", "locale", "scope"), "category-level", Set.of("as", "locale"),
			"constant", Set.of());

	/** Keys of a field entry that are not about its source: checked elsewhere. */
	private static final Set<String> FIELD_KEYS = Set.of("owner", "barcode-type", FallbackReader.KEY);

	private final Consumer<String> report;

	SourceReader(Consumer<String> report) {
		this.report = report;
	}

	Optional<Source> read(KhaosField field, JsonNode node) {
		List<String> given = SOURCES.stream().filter(node::has).toList();
		if (given.isEmpty()) {
			report.accept("has no source: give 'attribute', 'category-level' or 'constant'");
			return Optional.empty();
		}
		if (given.size() > 1) {
			report.accept("has both '" + given.get(0) + "' and '" + given.get(1) + "'; give only one source");
			return Optional.empty();
		}
		String kind = given.get(0);
		if (!optionsFit(kind, node)) {
			return Optional.empty();
		}
		return switch (kind) {
			case "attribute" -> attribute(node);
			case "category-level" -> categoryLevel(field, node);
			default -> Constants.read(field, node.get("constant"), report).map(Source.Constant::new);
		};
	}

	private boolean optionsFit(String kind, JsonNode node) {
		List<String> misplaced = node.propertyNames()
			.stream()
			.filter(key -> !SOURCES.contains(key) && !FIELD_KEYS.contains(key))
			.filter(key -> !OPTIONS.get(kind).contains(key))
			.toList();
		misplaced.forEach(key -> report.accept("has '" + key + "', which does not apply to a " + kind + " source"));
		return misplaced.isEmpty();
	}

	private Optional<Source> attribute(JsonNode node) {
		return Keys.text(node, "attribute", report)
			.map(code -> new Source.FromAttribute(code, text(node, "locale"), text(node, "scope"),
					text(node, "currency"), text(node, "unit"), show(node, Show.CODE)));
	}

	private Optional<Source> categoryLevel(KhaosField field, JsonNode node) {
		JsonNode level = node.get("category-level");
		if (!level.canConvertToExactIntegral() || !level.canConvertToInt() || level.asInt() < 1) {
			report.accept("has category-level " + level + "; use a whole number from 1 (the level under the root)");
			return Optional.empty();
		}
		if (field.kind() != ValueKind.STRING && field.kind() != ValueKind.USER_DEFINED) {
			report.accept("holds a " + field.kind().name().toLowerCase(Locale.ROOT) + ", not a category name");
			return Optional.empty();
		}
		return Optional.of(new Source.FromCategoryLevel(level.asInt(), text(node, "locale"), show(node, Show.LABEL)));
	}

	private String text(JsonNode node, String key) {
		return Keys.text(node, key, report).orElse(null);
	}

	private Show show(JsonNode node, Show fallback) {
		String as = Keys.text(node, "as", report).orElse(fallback.name().toLowerCase(Locale.ROOT));
		return switch (as) {
			case "code" -> Show.CODE;
			case "label" -> Show.LABEL;
			default -> {
				report.accept("has as '" + as + "'; use code or label");
				yield Show.CODE;
			}
		};
	}

}
