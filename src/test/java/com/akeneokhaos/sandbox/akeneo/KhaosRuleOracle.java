package com.akeneokhaos.sandbox.akeneo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;

/**
 * An independent, test-only reading of the Khaos rules, used to check that the generator's answer key
 * is right: valid products break no rule and each defective one breaks exactly its expected rule.
 * Products must be fed in uuid order, since the first of two case-duplicates wins.
 */
final class KhaosRuleOracle {

	private static final Pattern ALLOWED_SKU = Pattern.compile("[A-Za-z0-9._/-]+");

	private final ReferenceData reference;

	private final Set<String> seenSkus = new HashSet<>();

	KhaosRuleOracle(ReferenceData reference) {
		this.reference = reference;
	}

	Set<Rule> check(AkeneoProduct product) {
		Set<Rule> broken = EnumSet.noneOf(Rule.class);
		checkSku(product, broken);
		String name = text(product.valuesOf("name"), "en_GB");
		if (name == null || name.isBlank()) {
			broken.add(Rule.SHORT_DESCRIPTION_MISSING);
		}
		else if (name.length() > 250) {
			broken.add(Rule.SHORT_DESCRIPTION_TOO_LONG);
		}
		checkCategories(product, broken);
		checkPrice(product, broken);
		if (product.isVariant()) {
			broken.add(Rule.PARENT_MODEL_UNKNOWN);
		}
		return broken;
	}

	private void checkSku(AkeneoProduct product, Set<Rule> broken) {
		String sku = text(product.valuesOf("sku"), null);
		if (sku == null || sku.isEmpty()) {
			broken.add(Rule.STOCK_CODE_MISSING);
			return;
		}
		if (sku.length() > 30) {
			broken.add(Rule.STOCK_CODE_TOO_LONG);
		}
		if (!ALLOWED_SKU.matcher(sku).matches()) {
			broken.add(Rule.STOCK_CODE_CHARACTERS);
		}
		if (!seenSkus.add(sku.toLowerCase(Locale.ROOT))) {
			broken.add(Rule.STOCK_CODE_DUPLICATE);
		}
	}

	private void checkCategories(AkeneoProduct product, Set<Rule> broken) {
		List<Category> deepest = product.categories().stream().map(reference::categoryPath)
			.filter(path -> !path.isEmpty() && path.get(0).code().equals("master"))
			.max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
		if (deepest.size() < 2) {
			broken.add(Rule.STOCK_TYPE1_MISSING);
			return;
		}
		if (deepest.get(1).label("en_GB").length() > 25) {
			broken.add(Rule.STOCK_TYPE1_TOO_LONG);
		}
		if (deepest.size() < 3) {
			broken.add(Rule.STOCK_TYPE2_MISSING);
		}
		else if (deepest.get(2).label("en_GB").length() > 100) {
			broken.add(Rule.STOCK_TYPE2_TOO_LONG);
		}
	}

	private static void checkPrice(AkeneoProduct product, Set<Rule> broken) {
		if (product.valuesOf("cost_price").isEmpty()) {
			broken.add(Rule.BUY_PRICE_MISSING);
		}
		for (AkeneoValue value : product.valuesOf("price")) {
			value.data().forEach(price -> {
				if (price.get("currency").asString().equals("GBP")) {
					try {
						if (new BigDecimal(price.get("amount").asString()).signum() < 0) {
							broken.add(Rule.PRICE_NEGATIVE);
						}
					}
					catch (NumberFormatException ex) {
						broken.add(Rule.PRICE_NOT_NUMERIC);
					}
				}
			});
		}
	}

	private static String text(List<AkeneoValue> values, String locale) {
		return values.stream().filter(v -> v.matches(locale, null)).filter(v -> locale == null || locale.equals(v.locale()))
			.map(v -> v.data().asString()).findFirst().orElse(null);
	}

}
