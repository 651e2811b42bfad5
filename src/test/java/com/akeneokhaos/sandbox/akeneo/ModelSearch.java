package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The filters of {@code GET /product-models?search=…}: {@code updated} (same operators and date format as
 * products), {@code parent} (as Akeneo documents it: {@code IN} for the sub-models of the given roots,
 * {@code EMPTY} for roots, {@code NOT EMPTY} for sub-models), {@code family} ({@link FamilyFilter}),
 * {@code categories} ({@link CategoryFilter}, on a sub-model's own and inherited categories) and select attribute
 * values ({@link AttributeFilter}, on a sub-model's own and inherited values), as Akeneo indexes a sub-model with
 * its ancestors'. All conditions must hold. A {@code search} that is not JSON answers 422, as Akeneo's product
 * model controller does (products answer 400).
 */
final class ModelSearch {

	private static final Set<String> PROPERTIES = Set.of("updated", "parent", "family", "categories");

	private ModelSearch() {
	}

	static Predicate<StoredModel> parse(String search, ReferenceStore reference, ModelStore models, Instant now) {
		FamilyAttributes attributes = new FamilyAttributes(reference);
		return SearchConditions.combine(SearchSyntax.parse(search, SearchSyntax.Malformed.PRODUCT_MODELS), PROPERTIES,
				condition -> predicate(condition, reference, models, now), reference,
				model -> new ValueView(models.served(model).path("values"),
						attributes.ofModel(model.family(), model.familyVariant(), models.level(model))));
	}

	private static Predicate<StoredModel> predicate(Condition condition, ReferenceStore reference, ModelStore models,
			Instant now) {
		return switch (condition.property()) {
			case "updated" -> {
				LongPredicate test = ProductSearch.updatedTest(condition, now);
				yield m -> test.test(m.updatedEpochSecond());
			}
			case "parent" -> parent(condition);
			case "family" -> FamilyFilter.of(condition, reference, StoredModel::family);
			case "categories" -> CategoryFilter.of(condition, reference, models::categories);
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

}
