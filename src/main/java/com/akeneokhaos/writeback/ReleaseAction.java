package com.akeneokhaos.writeback;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;

/**
 * What releasing a product to the sales channels changes in Akeneo once Khaos holds it: enable it, add it to
 * categories (e.g. the one that puts it on a web channel), set attribute values (neither localizable nor scopable).
 * Akeneo's PATCH replaces a product's categories, so the line sent names the categories the product has then plus
 * these.
 */
public record ReleaseAction(boolean enable, List<String> categories, Map<String, JsonNode> values) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public ReleaseAction {
		categories = List.copyOf(categories);
		values = Map.copyOf(values);
	}

	/** Whether the product already shows everything this action changes. */
	boolean shownBy(AkeneoProduct product) {
		return (!enable || product.enabled()) && product.categories().containsAll(categories)
				&& values.entrySet().stream().allMatch(value -> holds(product, value.getKey(), value.getValue()));
	}

	/** Adds to a PATCH line what releasing the product changes, given what it shows now. */
	void addTo(ObjectNode line, AkeneoProduct current) {
		if (enable) {
			line.put("enabled", true);
		}
		if (!current.categories().containsAll(categories)) {
			Set<String> all = new LinkedHashSet<>(current.categories());
			all.addAll(categories);
			ArrayNode array = line.putArray("categories");
			all.forEach(array::add);
		}
		ObjectNode lineValues = line.withObjectProperty("values");
		values.forEach((code, data) -> StatusValues.put(lineValues, code, data));
	}

	String json() {
		return JSON.writeValueAsString(this);
	}

	static ReleaseAction read(String json) {
		return JSON.readValue(json, ReleaseAction.class);
	}

	private static boolean holds(AkeneoProduct product, String code, JsonNode data) {
		return product.valuesOf(code)
			.stream()
			.anyMatch(value -> value.locale() == null && value.scope() == null && sameData(value, data));
	}

	/** Akeneo's data equals the wanted one: options in any order, numbers whatever their scale ("12.5000" is 12.5). */
	private static boolean sameData(AkeneoValue value, JsonNode data) {
		JsonNode held = value.data();
		if (held.isArray() && data.isArray()) {
			return Set.copyOf(held.valueStream().map(JsonNode::asString).toList())
				.equals(Set.copyOf(data.valueStream().map(JsonNode::asString).toList()));
		}
		if (data.isNumber() && held.isValueNode()) {
			try {
				return new BigDecimal(held.asString()).compareTo(data.decimalValue()) == 0;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return Objects.equals(held, data) || (held.isValueNode() && data.isValueNode()
				&& held.asString().equals(data.asString()));
	}

}
