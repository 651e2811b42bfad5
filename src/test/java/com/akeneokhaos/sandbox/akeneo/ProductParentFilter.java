package com.akeneokhaos.sandbox.akeneo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The {@code parent} filter of {@code GET /products-uuid}, with the operators Akeneo documents: {@code =} a model
 * code matches every variant below that model, whether it is the variant's parent or its parent's parent (a root
 * model); {@code IN} matches only the direct children of the listed models; {@code EMPTY} simple products;
 * {@code NOT EMPTY} variants. Any other operator ({@code NOT IN} included) is refused as Akeneo refuses it.
 */
final class ProductParentFilter {

	private ProductParentFilter() {
	}

	static Predicate<StoredProduct> of(Condition condition, ModelStore models) {
		return switch (condition.operator()) {
			case "=" -> {
				Set<String> below = selfAndDescendants(modelCode(condition), models);
				yield p -> p.parent() != null && below.contains(p.parent());
			}
			case "IN" -> {
				Set<String> parents = ProductSearch.strings(condition);
				yield p -> p.parent() != null && parents.contains(p.parent());
			}
			case "EMPTY" -> p -> p.parent() == null;
			case "NOT EMPTY" -> p -> p.parent() != null;
			default -> throw condition.unsupported();
		};
	}

	private static String modelCode(Condition condition) {
		if (!condition.value().isString() || condition.value().asString().isEmpty()) {
			throw condition.invalidValue("a string");
		}
		return condition.value().asString();
	}

	/** The code itself and every model whose chain of parents leads to it. */
	private static Set<String> selfAndDescendants(String code, ModelStore models) {
		Map<String, String> parents = new HashMap<>();
		for (StoredModel model : models.snapshot()) {
			parents.put(model.code(), model.parent());
		}
		Set<String> below = new HashSet<>();
		below.add(code);
		for (String candidate : parents.keySet()) {
			int hops = 0;
			for (String up = parents.get(candidate); up != null && hops++ < parents.size(); up = parents.get(up)) {
				if (up.equals(code)) {
					below.add(candidate);
					break;
				}
			}
		}
		return below;
	}

}
