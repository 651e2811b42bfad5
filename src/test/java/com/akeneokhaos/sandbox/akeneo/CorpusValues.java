package com.akeneokhaos.sandbox.akeneo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Edits the {@code values} of a product or product model in Akeneo's shape, for the bad-catalogue corpus. */
final class CorpusValues {

	private CorpusValues() {
	}

	/** Replaces every value of the attribute with one value. */
	static void set(ObjectNode item, String attribute, String locale, String scope, JsonNode data) {
		values(item).putArray(attribute);
		add(item, attribute, locale, scope, data);
	}

	/** Adds one value (another locale, channel...) to those the attribute has. */
	static void add(ObjectNode item, String attribute, String locale, String scope, JsonNode data) {
		ObjectNode values = values(item);
		ArrayNode entries = values.path(attribute).isArray() ? (ArrayNode) values.get(attribute) : values.putArray(attribute);
		ObjectNode entry = entries.addObject();
		entry.put("locale", locale);
		entry.put("scope", scope);
		entry.set("data", data);
	}

	/** Sets the English name of a product or model (localizable, not scopable). */
	static void englishName(ObjectNode item, JsonNode data) {
		values(item).putArray("name");
		add(item, "name", "en_GB", null, data);
	}

	static void remove(ObjectNode item, String attribute) {
		values(item).remove(attribute);
	}

	static JsonNode text(String text) {
		return Json.MAPPER.getNodeFactory().stringNode(text);
	}

	static JsonNode number(int number) {
		return Json.MAPPER.getNodeFactory().numberNode(number);
	}

	static ArrayNode list(String... texts) {
		ArrayNode list = Json.MAPPER.createArrayNode();
		for (String text : texts) {
			list.add(text);
		}
		return list;
	}

	static ObjectNode metric(String amount, String unit) {
		ObjectNode metric = Json.object();
		metric.put("amount", amount);
		metric.put("unit", unit);
		return metric;
	}

	static ArrayNode prices(String amount, String currency) {
		ArrayNode prices = Json.MAPPER.createArrayNode();
		ObjectNode price = prices.addObject();
		price.put("amount", amount);
		price.put("currency", currency);
		return prices;
	}

	private static ObjectNode values(ObjectNode item) {
		return item.path("values").isObject() ? (ObjectNode) item.get("values") : item.putObject("values");
	}

}
