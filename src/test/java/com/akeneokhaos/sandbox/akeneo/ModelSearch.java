package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The filters of {@code GET /product-models?search=…}: {@code updated} (same operators and date format as
 * products), {@code parent} (as Akeneo documents it: {@code IN} for the sub-models of the given roots,
 * {@code EMPTY} for roots, {@code NOT EMPTY} for sub-models) and {@code family} ({@code IN}, {@code NOT IN}).
 * All conditions must hold. A {@code search} that is not JSON answers 422, as Akeneo's product model
 * controller does (products answer 400).
 */
final class ModelSearch {

	private ModelSearch() {
	}

	static Predicate<StoredModel> parse(String search, Instant now) {
		Predicate<StoredModel> all = model -> true;
		for (Condition condition : SearchSyntax.parse(search, SearchSyntax.Malformed.PRODUCT_MODELS)) {
			all = all.and(predicate(condition, now));
		}
		return all;
	}

	private static Predicate<StoredModel> predicate(Condition condition, Instant now) {
		return switch (condition.property()) {
			case "updated" -> {
				LongPredicate test = ProductSearch.updatedTest(condition, now);
				yield m -> test.test(m.updatedEpochSecond());
			}
			case "parent" -> parent(condition);
			case "family" -> family(condition);
			default -> throw condition.unsupported();
		};
	}

	private static Predicate<StoredModel> parent(Condition condition) {
		return switch (condition.operator()) {
			case "EMPTY" -> StoredModel::isRoot;
			case "NOT EMPTY" -> m -> !m.isRoot();
			case "IN" -> {
				Set<String> parents = ProductSearch.strings(condition);
				yield m -> m.parent() != null && parents.contains(m.parent());
			}
			default -> throw condition.unsupported();
		};
	}

	private static Predicate<StoredModel> family(Condition condition) {
		Set<String> families = ProductSearch.strings(condition);
		return switch (condition.operator()) {
			case "IN" -> m -> families.contains(m.family());
			case "NOT IN" -> m -> !families.contains(m.family());
			default -> throw condition.unsupported();
		};
	}

}
