package com.akeneokhaos.problems;

/**
 * Why an item was held back from Khaos. The code is what operators filter on in the exception table
 * and the summary; it never changes once released.
 */
public enum Rule {

	STOCK_CODE_MISSING("stock-code-missing"),
	STOCK_CODE_TOO_LONG("stock-code-too-long"),
	STOCK_CODE_CHARACTERS("stock-code-characters"),
	STOCK_CODE_DUPLICATE("stock-code-duplicate"),
	SHORT_DESCRIPTION_MISSING("short-description-missing"),
	SHORT_DESCRIPTION_TOO_LONG("short-description-too-long"),
	STOCK_TYPE1_MISSING("stock-type1-missing"),
	STOCK_TYPE1_TOO_LONG("stock-type1-too-long"),
	STOCK_TYPE2_MISSING("stock-type2-missing"),
	STOCK_TYPE2_TOO_LONG("stock-type2-too-long"),
	BARCODE_CHARACTERS("barcode-characters"),
	PRICE_NOT_NUMERIC("price-not-numeric"),
	PRICE_NEGATIVE("price-negative"),
	SELL_PRICE_MISSING("sell-price-missing"),
	BUY_PRICE_MISSING("buy-price-missing"),
	TAX_RATE_MISSING("tax-rate-missing"),
	VALUE_UNREADABLE("value-unreadable"),
	TEXT_BROKEN_CHARACTER("text-broken-character"),
	SCS_TOO_MANY_AXES("scs-too-many-axes"),
	PARENT_NOT_PUBLISHED("parent-not-published"),
	FAMILY_UNKNOWN("family-unknown"),
	FAMILY_VARIANT_UNKNOWN("family-variant-unknown"),
	PARENT_MODEL_UNKNOWN("parent-model-unknown"),
	CATEGORY_UNKNOWN("category-unknown"),
	ATTRIBUTE_UNKNOWN("attribute-unknown"),
	OPTION_UNKNOWN("option-unknown"),
	LOCALE_UNKNOWN("locale-unknown"),
	CHANNEL_UNKNOWN("channel-unknown"),
	CURRENCY_UNKNOWN("currency-unknown"),
	SCS_VALUE_MISSING("scs-value-missing"),
	AKENEO_DATA_INCONSISTENT("akeneo-data-inconsistent"),
	KHAOS_NOT_CONFIRMED("khaos-not-confirmed"),
	/** Not a rule of Khaos: Akeneo refused the onboarding status (or release) written back to a product. */
	AKENEO_WRITE_BACK_REFUSED("akeneo-write-back-refused"),
	/** An image URL Khaos cannot take (asset-url-sync): the product's images are not sent. */
	IMAGE_URL_INVALID("image-url-invalid");

	private final String code;

	Rule(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Whether the rule asks for what Khaos needs only to create an item. */
	public boolean onlyForNewItems() {
		return this == SELL_PRICE_MISSING || this == BUY_PRICE_MISSING || this == TAX_RATE_MISSING;
	}

}
