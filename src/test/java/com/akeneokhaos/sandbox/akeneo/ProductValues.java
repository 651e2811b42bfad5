package com.akeneokhaos.sandbox.akeneo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills the {@code values} of a valid generated product for its family. Required values (sku, en_GB
 * name, GBP price) are always there; optional ones are sometimes missing, as in a real catalogue.
 */
final class ProductValues {

	private static final long RELEASE_FROM = Json.epochSecond("2023-01-01T00:00:00+00:00");

	private final ObjectNode values = Json.object();

	private final Random random;

	private ProductValues(Random random) {
		this.random = random;
	}

	static ObjectNode build(String family, String sku, Random random) {
		return new ProductValues(random).fill(family, sku);
	}

	private ObjectNode fill(String family, String sku) {
		List<String> attributes = ReferenceCatalogue.FAMILY_ATTRIBUTES.get(family);
		Names.Parts name = Names.random(family, random);
		add("sku", null, null, Json.MAPPER.getNodeFactory().stringNode(sku));
		addText("name", "en_GB", null, name.english());
		maybe(95, () -> addText("name", "fr_FR", null, name.french()));
		maybe(90, () -> description(name));
		int pence = 199 + random.nextInt(49_800);
		add("price", null, null, prices(pence, true));
		add("cost_price", null, null, prices(pence * (35 + random.nextInt(30)) / 100, false));
		maybe(90, () -> add("weight", null, null, weight(50 + random.nextInt(8_000))));
		if (attributes.contains("height")) {
			maybe(90, () -> List.of("height", "width", "depth").forEach(code -> add(code, null, null, length())));
		}
		maybe(95, () -> addText("brand", null, null, pick(Words.BRANDS).code()));
		if (attributes.contains("season")) {
			maybe(90, () -> addText("season", null, null, pick(Words.SEASONS).code()));
		}
		if (attributes.contains("materials")) {
			maybe(85, () -> add("materials", null, null, materials(name, family)));
		}
		maybe(90, () -> addText("ean", null, null, Ean.random(random)));
		add("web_visible", null, null, Json.MAPPER.getNodeFactory().booleanNode(random.nextInt(100) < 85));
		maybe(90, () -> addText("release_date", null, null, Json.date(RELEASE_FROM + random.nextInt(730) * 86_400L)));
		maybe(80, () -> add("lead_time_days", null, null, Json.MAPPER.getNodeFactory().numberNode(1 + random.nextInt(60))));
		return values;
	}

	private void description(Names.Parts name) {
		String details = "<p>Designed in the UK. Care: see label.</p>";
		addText("description", "en_GB", "ecommerce", name.englishHtml() + details);
		addText("description", "fr_FR", "ecommerce", name.frenchHtml());
		addText("description", "en_GB", "print", name.englishHtml());
	}

	private static ArrayNode prices(int gbpPence, boolean withEuro) {
		ArrayNode prices = Json.MAPPER.createArrayNode();
		if (withEuro) {
			prices.add(price(gbpPence * 117 / 100, "EUR"));
		}
		prices.add(price(gbpPence, "GBP"));
		return prices;
	}

	private static ObjectNode price(int pence, String currency) {
		ObjectNode price = Json.object();
		price.put("amount", BigDecimal.valueOf(pence, 2).toPlainString());
		price.put("currency", currency);
		return price;
	}

	private ObjectNode weight(int grams) {
		boolean kilograms = random.nextInt(100) < 20;
		return metric(kilograms ? BigDecimal.valueOf(grams, 3).toPlainString() : Integer.toString(grams),
				kilograms ? "KILOGRAM" : "GRAM");
	}

	private ObjectNode length() {
		int centimetres = 2 + random.nextInt(199);
		boolean millimetres = random.nextInt(100) < 25;
		return millimetres ? metric(Integer.toString(centimetres * 10), "MILLIMETER")
				: metric(Integer.toString(centimetres), "CENTIMETER");
	}

	private static ObjectNode metric(String amount, String unit) {
		ObjectNode metric = Json.object();
		metric.put("amount", amount);
		metric.put("unit", unit);
		return metric;
	}

	private ArrayNode materials(Names.Parts name, String family) {
		ArrayNode codes = Json.MAPPER.createArrayNode().add(name.material().code());
		List<String> candidates = Names.materialCodes(family);
		String second = candidates.get(random.nextInt(candidates.size()));
		if (random.nextBoolean() && !second.equals(name.material().code())) {
			codes.add(second);
		}
		return codes;
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private void maybe(int percent, Runnable action) {
		if (random.nextInt(100) < percent) {
			action.run();
		}
	}

	private void addText(String code, String locale, String scope, String text) {
		add(code, locale, scope, Json.MAPPER.getNodeFactory().stringNode(text));
	}

	private void add(String code, String locale, String scope, JsonNode data) {
		ArrayNode entries = values.has(code) ? (ArrayNode) values.get(code) : values.putArray(code);
		ObjectNode entry = entries.addObject();
		entry.put("locale", locale);
		entry.put("scope", scope);
		entry.set("data", data);
	}

}
