package com.akeneokhaos.catalogue.rules;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.problems.Violation;

/**
 * Checks a mapped stock item against the rules Khaos enforces on import, so a product Khaos would refuse
 * is held back with a reason instead of failing in Khaos: stock code present, short enough and made of
 * accepted characters; short description present and short enough; stock types 1 and 2 present with names
 * short enough; prices numeric and not negative; barcodes free of layout characters. Lengths are counted
 * in characters as Khaos counts them (Unicode code points: an emoji is one character). The item is checked
 * as Khaos would first receive it (its always and on-create fields). Duplicate stock codes are not checked
 * here: that needs the ledger.
 * Given the mapping, messages name the Akeneo attribute or category level to fix.
 */
public final class StockItemValidator {

	private final List<ItemRule> rules;

	private final List<ItemRule> createRules;

	public StockItemValidator(ValidationProperties properties) {
		this(properties, null);
	}

	public StockItemValidator(ValidationProperties properties, @Nullable CatalogueMapping mapping) {
		FieldSources sources = new FieldSources(mapping);
		this.rules = List.of(new StockCodeRule(properties, sources), new ShortDescriptionRule(properties, sources),
				new StockTypesRule(properties, sources), new PriceRule(sources), new BarcodeRule(sources));
		this.createRules = CreateRequirementRule.all(sources);
	}

	/** Every rule the item breaks, in a stable order; empty when Khaos will accept it. */
	public List<Violation> validate(MappedStockItem item) {
		ObjectNode created = item.forCreate();
		List<Violation> violations = new ArrayList<>();
		rules.forEach(rule -> rule.check(created, violations));
		return violations;
	}

	/** As {@link #validate}, plus what Khaos needs to create the item: for items not in Khaos yet. */
	public List<Violation> validateForCreate(MappedStockItem item) {
		List<Violation> violations = validate(item);
		ObjectNode created = item.forCreate();
		createRules.forEach(rule -> rule.check(created, violations));
		return violations;
	}

}
