package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Builds Akeneo products value by value, in Akeneo's value shapes. */
public final class ProductBuilder {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String uuid;

	private final Map<String, List<AkeneoValue>> values = new LinkedHashMap<>();

	private final List<String> categories = new ArrayList<>();

	private ProductBuilder(String uuid) {
		this.uuid = uuid;
	}

	public static ProductBuilder product(String uuid) {
		return new ProductBuilder(uuid);
	}

	/** A product the shipped mapping maps without any violation. */
	public static ProductBuilder valid(String sku) {
		return product("uuid-" + sku).value("sku", sku)
			.localized("name", "en_GB", "Linen maxi dress")
			.in("womens_dresses_maxi")
			.value("price", price("GBP", "49.99"));
	}

	public ProductBuilder value(String attribute, Object data) {
		return add(attribute, null, null, data);
	}

	public ProductBuilder localized(String attribute, String locale, Object data) {
		return add(attribute, locale, null, data);
	}

	public ProductBuilder scoped(String attribute, String locale, String scope, Object data) {
		return add(attribute, locale, scope, data);
	}

	public ProductBuilder without(String attribute) {
		values.remove(attribute);
		return this;
	}

	public ProductBuilder in(String... categoryCodes) {
		categories.addAll(List.of(categoryCodes));
		return this;
	}

	public AkeneoProduct build() {
		return new AkeneoProduct(uuid, "clothing", null, true, categories, values, "2024-03-01T10:00:00+00:00");
	}

	private ProductBuilder add(String attribute, String locale, String scope, Object data) {
		values.computeIfAbsent(attribute, a -> new ArrayList<>()).add(new AkeneoValue(locale, scope, node(data)));
		return this;
	}

	/** Akeneo's price collection: currency, amount, currency, amount… */
	public static JsonNode price(String... currencyAndAmount) {
		var prices = JsonNodeFactory.instance.arrayNode();
		for (int i = 0; i < currencyAndAmount.length; i += 2) {
			prices.addObject().put("amount", currencyAndAmount[i + 1]).put("currency", currencyAndAmount[i]);
		}
		return prices;
	}

	public static JsonNode metric(String amount, String unit) {
		return JsonNodeFactory.instance.objectNode().put("amount", amount).put("unit", unit);
	}

	public static JsonNode json(String json) {
		return JSON.readTree(json);
	}

	private static JsonNode node(Object data) {
		return (data instanceof JsonNode node) ? node : JSON.valueToTree(data);
	}

}
