package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filters of the reference lists: {@code code IN}, {@code type IN}, {@code parent =}, {@code is_root =},
 * {@code enabled =} (locales) and {@code updated >}/{@code <} with ISO-8601 dates (categories, families…).
 * A {@code search} that is not JSON answers 400, as Akeneo's reference controllers do.
 */
final class ReferenceSearch {

	private ReferenceSearch() {
	}

	static Predicate<ObjectNode> parse(String search) {
		Predicate<ObjectNode> all = item -> true;
		for (Condition condition : SearchSyntax.parse(search, SearchSyntax.Malformed.REFERENCE)) {
			all = all.and(predicate(condition));
		}
		return all;
	}

	private static Predicate<ObjectNode> predicate(Condition condition) {
		String key = condition.property() + " " + condition.operator();
		return switch (key) {
			case "code IN", "type IN" -> in(condition);
			case "parent =" -> {
				String parent = condition.value().asString();
				yield item -> item.path("parent").isString() && parent.equals(item.get("parent").asString());
			}
			case "is_root =" -> {
				boolean root = bool(condition);
				yield item -> item.path("parent").isNull() == root;
			}
			case "enabled =" -> {
				boolean enabled = bool(condition);
				yield item -> item.path("enabled").asBoolean() == enabled;
			}
			case "updated >" -> {
				Instant after = instant(condition);
				yield item -> updated(item).isAfter(after);
			}
			case "updated <" -> {
				Instant before = instant(condition);
				yield item -> updated(item).isBefore(before);
			}
			default -> throw condition.unsupported();
		};
	}

	private static Predicate<ObjectNode> in(Condition condition) {
		Set<String> values = ProductSearch.strings(condition);
		String property = condition.property();
		return item -> item.path(property).isString() && values.contains(item.get(property).asString());
	}

	private static boolean bool(Condition condition) {
		if (!condition.value().isBoolean()) {
			throw condition.invalidValue("a boolean");
		}
		return condition.value().asBoolean();
	}

	private static Instant instant(Condition condition) {
		try {
			return OffsetDateTime.parse(condition.value().asString()).toInstant();
		}
		catch (DateTimeParseException | UnsupportedOperationException ex) {
			throw condition.invalidValue("a date in ISO-8601 format");
		}
	}

	private static Instant updated(JsonNode item) {
		JsonNode updated = item.path("updated");
		return updated.isString() ? OffsetDateTime.parse(updated.asString()).toInstant() : Instant.EPOCH;
	}

}
