package com.akeneokhaos.sandbox.akeneo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The product filters of {@code GET /products-uuid?search=…} the sync relies on: {@code updated} and
 * {@code created} (the same operators), {@code enabled}, {@code uuid}, {@code parent} (see
 * {@link ProductParentFilter}), {@code categories} ({@link CategoryFilter}), {@code family} ({@link FamilyFilter}) and select attribute values
 * ({@link AttributeFilter}), matched on the values the API serves (a variant's include its models').
 * All conditions must hold. Dates are {@code yyyy-MM-dd HH:mm:ss} in UTC, as on Akeneo SaaS.
 */
final class ProductSearch {

	private static final DateTimeFormatter SEARCH_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ProductSearch() {
	}

	private static final Set<String> PROPERTIES = Set.of("updated", "created", "enabled", "uuid", "parent",
			"categories", "family");

	static Predicate<StoredProduct> parse(String search, ReferenceStore reference, ModelStore models, Instant now) {
		FamilyAttributes attributes = new FamilyAttributes(reference);
		return SearchConditions.combine(SearchSyntax.parse(search, SearchSyntax.Malformed.PRODUCTS), PROPERTIES,
				condition -> predicate(condition, reference, models, now), reference,
				product -> new ValueView(product.node().path("values"), attributes.ofProduct(product.family())));
	}

	private static Predicate<StoredProduct> predicate(Condition condition, ReferenceStore reference, ModelStore models,
			Instant now) {
		return switch (condition.property()) {
			case "updated" -> updated(condition, now);
			case "created" -> created(condition, now);
			case "enabled" -> enabled(condition);
			case "uuid" -> uuid(condition);
			case "parent" -> ProductParentFilter.of(condition, models);
			case "categories" -> CategoryFilter.of(condition, reference, StoredProduct::categories);
			case "family" -> FamilyFilter.of(condition, reference, StoredProduct::family);
			default -> throw condition.unsupported();
		};
	}

	private static Predicate<StoredProduct> updated(Condition condition, Instant now) {
		LongPredicate test = updatedTest(condition, now);
		return p -> test.test(p.updatedEpochSecond());
	}

	private static Predicate<StoredProduct> created(Condition condition, Instant now) {
		LongPredicate test = updatedTest(condition, now);
		return p -> test.test(p.createdEpochSecond());
	}

	/** An {@code updated} (or {@code created}) condition as a test of an epoch second; shared with the product model search. */
	static LongPredicate updatedTest(Condition condition, Instant now) {
		return switch (condition.operator()) {
			case ">", "<", "=", "!=" -> compareUpdated(condition.operator(), date(condition, condition.value()));
			case "BETWEEN" -> between(condition);
			case "NOT BETWEEN" -> between(condition).negate();
			case "SINCE LAST N DAYS" -> sinceLastDays(condition, now);
			default -> throw condition.unsupported();
		};
	}

	private static LongPredicate compareUpdated(String operator, long date) {
		return switch (operator) {
			case ">" -> updated -> updated > date;
			case "<" -> updated -> updated < date;
			case "=" -> updated -> updated == date;
			default -> updated -> updated != date;
		};
	}

	private static LongPredicate between(Condition condition) {
		JsonNode value = condition.value();
		if (!value.isArray() || value.size() != 2) {
			throw condition.invalidValue("an array with 2 dates");
		}
		long from = date(condition, value.get(0));
		long to = date(condition, value.get(1));
		return updated -> updated >= from && updated <= to;
	}

	private static LongPredicate sinceLastDays(Condition condition, Instant now) {
		if (!condition.value().isIntegralNumber() || condition.value().asInt() < 0) {
			throw condition.invalidValue("a positive integer");
		}
		long since = now.minus(Duration.ofDays(condition.value().asInt())).getEpochSecond();
		return updated -> updated >= since;
	}

	private static long date(Condition condition, JsonNode value) {
		try {
			return LocalDateTime.parse(value.asString(), SEARCH_DATE).toEpochSecond(ZoneOffset.UTC);
		}
		catch (DateTimeParseException | UnsupportedOperationException ex) {
			throw condition.invalidValue("a string with the format \"yyyy-mm-dd H:i:s\"");
		}
	}

	private static Predicate<StoredProduct> enabled(Condition condition) {
		if (!condition.value().isBoolean()) {
			throw condition.invalidValue("a boolean");
		}
		boolean wanted = condition.value().asBoolean();
		return switch (condition.operator()) {
			case "=" -> p -> p.enabled() == wanted;
			case "!=" -> p -> p.enabled() != wanted;
			default -> throw condition.unsupported();
		};
	}

	private static Predicate<StoredProduct> uuid(Condition condition) {
		Set<String> uuids = strings(condition);
		return switch (condition.operator()) {
			case "IN" -> p -> uuids.contains(p.uuid());
			case "NOT IN" -> p -> !uuids.contains(p.uuid());
			default -> throw condition.unsupported();
		};
	}

	/** The condition's value as a set of strings; it must be a non-empty array of strings. */
	static Set<String> strings(Condition condition) {
		JsonNode value = condition.value();
		if (!value.isArray() || value.isEmpty()) {
			throw condition.invalidValue("an array of strings");
		}
		Set<String> strings = new HashSet<>();
		for (JsonNode item : value) {
			if (!item.isString()) {
				throw condition.invalidValue("an array of strings");
			}
			strings.add(item.asString());
		}
		return strings;
	}

}
