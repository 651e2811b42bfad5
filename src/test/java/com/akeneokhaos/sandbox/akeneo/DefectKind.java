package com.akeneokhaos.sandbox.akeneo;

import com.akeneokhaos.problems.Rule;

/**
 * A single, deliberate flaw the {@link CatalogueGenerator} can plant in an otherwise valid product, paired
 * with the validation {@link Rule} the sync must reject that product with. Tests assert the sync's
 * rejections against {@link GeneratedCatalogue#expectedRejections()}.
 */
public enum DefectKind {

	/** The identifier value is missing or empty. */
	SKU_EMPTY(Rule.STOCK_CODE_MISSING),
	/** The SKU is 31 to 40 characters long (Khaos allows 30). */
	SKU_TOO_LONG(Rule.STOCK_CODE_TOO_LONG),
	/** The SKU contains a space, {@code #} or {@code é}; Khaos allows {@code [A-Za-z0-9._/-]}. */
	SKU_BAD_CHARACTERS(Rule.STOCK_CODE_CHARACTERS),
	/** The SKU equals a valid product's SKU in another letter case; that product comes first by uuid. */
	SKU_DUPLICATE_CASE(Rule.STOCK_CODE_DUPLICATE),
	/** No en_GB name. */
	NAME_MISSING(Rule.SHORT_DESCRIPTION_MISSING),
	/** The en_GB name is 251 to 300 characters long. */
	NAME_TOO_LONG(Rule.SHORT_DESCRIPTION_TOO_LONG),
	/** No category in the {@code master} tree. */
	UNCATEGORISED(Rule.STOCK_TYPE1_MISSING),
	/** Classified only in a level-1 (department) category. */
	SHALLOW_CATEGORY(Rule.STOCK_TYPE2_MISSING),
	/** Classified under a department whose en_GB label is 26 to 40 characters long. */
	LONG_DEPARTMENT_LABEL(Rule.STOCK_TYPE1_TOO_LONG),
	/** The GBP price is {@code -4.00}. */
	NEGATIVE_PRICE(Rule.PRICE_NEGATIVE),
	/** The GBP price amount is {@code twelve}. */
	PRICE_NOT_NUMERIC(Rule.PRICE_NOT_NUMERIC),
	/** No cost price, so Khaos could not create the item (it needs a buy price on create). */
	BUY_PRICE_MISSING(Rule.BUY_PRICE_MISSING),
	/** The product is a variant of a product model Akeneo does not have. */
	VARIANT(Rule.PARENT_MODEL_UNKNOWN);

	private final Rule expectedRule;

	DefectKind(Rule expectedRule) {
		this.expectedRule = expectedRule;
	}

	public Rule expectedRule() {
		return expectedRule;
	}

}
