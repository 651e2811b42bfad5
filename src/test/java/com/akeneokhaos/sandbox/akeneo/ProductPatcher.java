package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upserts one product from a PATCH body, as Akeneo's update-by-uuid controller does for
 * {@code PATCH products-uuid/{uuid}} and for each line of the collection PATCH: an unknown uuid creates the product
 * (201), a known one is updated (204); {@code values} are merged per attribute, locale and scope (a {@code null}
 * {@code data} erases that value), {@code enabled}, {@code family} and {@code categories} are replaced, the
 * read-only {@code created} and {@code updated} are ignored. As Akeneo's saver skips a product the patch did not
 * change, {@code updated} becomes now only when something changed.
 * <p>
 * Refusals answer 422 with Akeneo's messages: the updater's ({@code Property "x" does not exist.}, an unknown
 * attribute, family or category, a {@code data} of the wrong type, a locale or scope the attribute does not take)
 * with {@code Check the expected format on the API documentation.} and a {@code _links.documentation}, the
 * validator's ({@code Validation failed.} with an {@code errors} list: an option not among a select attribute's
 * options). Nothing is stored when a patch is refused. Unlike Akeneo, only what the patch sets is checked (Akeneo
 * validates the whole product, which would make a write to a generated defective product fail for unrelated
 * reasons) and a value may be set for an attribute outside the product's family or level. Properties the simulator
 * does not model ({@code parent}, {@code groups}, associations, {@code add_categories}...) answer 501 so a test
 * that needs them sees why.
 */
final class ProductPatcher {

	static final String DOCUMENTATION = "http://api.akeneo.com/api-reference.html#patch_products_uuid__uuid_";

	private static final String CHECK_FORMAT = " Check the expected format on the API documentation.";

	private static final Pattern UUID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Set<String> NOT_SIMULATED = Set.of("parent", "groups", "associations",
			"quantified_associations", "add_categories", "remove_categories");

	private static final Set<String> STRING_TYPES = Set.of("pim_catalog_identifier", "pim_catalog_text",
			"pim_catalog_textarea", "pim_catalog_simpleselect", "pim_catalog_date");

	private static final String SIMPLE_SELECT = "pim_catalog_simpleselect";

	private static final String MULTI_SELECT = "pim_catalog_multiselect";

	/** One value of a patch, checked: its attribute, where it applies and its data ({@code null} erases). */
	private record PatchedValue(String attribute, String type, String locale, String scope, JsonNode data) {
	}

	private final ProductStore products;

	private final ReferenceStore reference;

	private final Supplier<Instant> clock;

	/** Fault injection: products whose patches are refused as Akeneo's validator refuses an invalid product. */
	private final Map<String, ObjectNode> refusals = new ConcurrentHashMap<>();

	ProductPatcher(ProductStore products, ReferenceStore reference, Supplier<Instant> clock) {
		this.products = products;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * Applies the patch to the product with this uuid (any case; Akeneo stores it in lower case) and answers as the
	 * single PATCH does: 201 or 204 with a {@code Location}, or 422 with Akeneo's error body.
	 */
	ApiResponse patch(String uuid, ObjectNode patch, String baseUrl) {
		String lowerCase = uuid.toLowerCase(Locale.ROOT);
		try {
			int status = upsert(uuid, lowerCase, patch);
			return new ApiResponse(status, new byte[0],
					Map.of("Location", baseUrl + ProductsEndpoint.PATH + "/" + lowerCase));
		}
		catch (ApiException ex) {
			return ex.toResponse();
		}
	}

	private int upsert(String requested, String uuid, ObjectNode patch) {
		JsonNode bodyUuid = patch.path("uuid");
		if (bodyUuid.isString() && !bodyUuid.asString().equalsIgnoreCase(requested)) {
			throw ApiException.unprocessable("The uuid \"" + bodyUuid.asString()
					+ "\" provided in the request body must match the uuid \"" + requested + "\" provided in the url.");
		}
		synchronized (products) {
			Optional<StoredProduct> stored = products.get(uuid);
			if (stored.isEmpty() && !UUID.matcher(uuid).matches()) {
				throw documented("This is not a valid UUID.");
			}
			ObjectNode product = stored.map(StoredProduct::node).orElseGet(() -> newProduct(uuid));
			ObjectNode before = product.deepCopy();
			List<PatchedValue> values = apply(patch, product);
			List<ObjectNode> violations = optionViolations(values);
			if (refusals.containsKey(uuid)) {
				violations.add(refusals.get(uuid));
			}
			if (!violations.isEmpty()) {
				throw validationFailed(violations);
			}
			if (stored.isEmpty() || !product.equals(before)) {
				product.put("updated", Json.date(clock.get()));
				products.put(StoredProduct.of(product));
			}
			return stored.isEmpty() ? 201 : 204;
		}
	}

	private ObjectNode newProduct(String uuid) {
		String now = Json.date(clock.get());
		ObjectNode product = Json.object();
		product.put("uuid", uuid);
		product.put("enabled", true);
		product.putNull("family");
		product.putArray("categories");
		product.putArray("groups");
		product.putNull("parent");
		product.putObject("values");
		product.put("created", now);
		product.put("updated", now);
		product.putObject("associations");
		product.putObject("quantified_associations");
		return product;
	}

	/** Applies each property of the patch in order, as Akeneo's updater does; returns the values it set. */
	private List<PatchedValue> apply(ObjectNode patch, ObjectNode product) {
		List<PatchedValue> values = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : patch.properties()) {
			String name = property.getKey();
			JsonNode value = property.getValue();
			switch (name) {
				case "uuid", "created", "updated" -> {
				}
				case "enabled" -> product.set("enabled", requireBoolean("enabled", value));
				case "family" -> product.set("family", family(value));
				case "categories" -> product.set("categories", categories(value));
				case "values" -> values.addAll(mergeValues(value, product));
				default -> throw NOT_SIMULATED.contains(name)
						? new ApiException(501, "The Akeneo simulator does not patch \"" + name + "\".")
						: documented("Property \"" + name + "\" does not exist.");
			}
		}
		return values;
	}

	private static JsonNode requireBoolean(String property, JsonNode value) {
		if (!value.isBoolean()) {
			throw documented(expects(property, "a boolean", value));
		}
		return value;
	}

	private JsonNode family(JsonNode family) {
		if (family.isNull()) {
			return family;
		}
		if (!family.isString()) {
			throw documented(expects("family", "a string", family));
		}
		if (reference.item("families", family.asString()).isEmpty()) {
			throw documented("The " + family.asString() + " family does not exist in your PIM.");
		}
		return family;
	}

	private JsonNode categories(JsonNode categories) {
		if (!categories.isArray()) {
			throw documented(expects("categories", "an array", categories));
		}
		for (JsonNode category : categories) {
			if (!category.isString()) {
				throw documented("Property \"categories\" expects an array of strings as data.");
			}
			if (!reference.categoryExists(category.asString())) {
				throw documented("The " + category.asString() + " category does not exist in your PIM.");
			}
		}
		return categories.deepCopy();
	}

	private List<PatchedValue> mergeValues(JsonNode patchValues, ObjectNode product) {
		if (!patchValues.isObject()) {
			throw documented(expects("values", "an array", patchValues));
		}
		ObjectNode values = product.path("values").isObject() ? (ObjectNode) product.get("values")
				: product.putObject("values");
		List<PatchedValue> patched = new ArrayList<>();
		for (Map.Entry<String, JsonNode> attribute : patchValues.properties()) {
			List<PatchedValue> entries = checkedValues(attribute.getKey(), attribute.getValue());
			entries.forEach(value -> merge(values, value));
			patched.addAll(entries);
		}
		return patched;
	}

	private List<PatchedValue> checkedValues(String code, JsonNode entries) {
		if (!entries.isArray() || entries.valueStream().anyMatch(entry -> !entry.isObject())) {
			throw documented("Property \"" + code
					+ "\" expects an array with valid data, one of the values is not an array.");
		}
		ObjectNode attribute = reference.item("attributes", code)
			.orElseThrow(() -> documented("The " + code + " attribute does not exist in your PIM."));
		String type = attribute.path("type").asString("");
		List<PatchedValue> values = new ArrayList<>();
		Set<String> places = new HashSet<>();
		for (JsonNode entry : entries) {
			PatchedValue value = new PatchedValue(code, type, text(entry.path("locale")), text(entry.path("scope")),
					entry.get("data"));
			if (!places.add(value.locale() + "|" + value.scope())) {
				throw documented("You cannot update the same product value on the \"" + code
						+ "\" attribute twice, with the same scope and locale.");
			}
			checkPlace(attribute, value);
			if (value.data() == null) {
				throw documented("Property \"" + code + "\" expects an array with the key \"data\".");
			}
			checkData(value);
			values.add(value);
		}
		return values;
	}

	/** The locale and scope the attribute takes, as Akeneo's ValidateAttribute and AttributeValidatorHelper check. */
	private void checkPlace(ObjectNode attribute, PatchedValue value) {
		boolean localizable = attribute.path("localizable").asBoolean();
		boolean scopable = attribute.path("scopable").asBoolean();
		if ((value.locale() != null) != localizable || (value.scope() != null) != scopable) {
			String expected = (localizable && scopable) ? "a channel code and a locale code"
					: localizable ? "a locale code and a null channel code"
					: scopable ? "a channel code and a null locale code" : "a null channel code and a null locale code";
			throw documented("Attribute \"" + value.attribute() + "\" expects " + expected + ", \""
					+ Objects.toString(value.scope(), "") + "\" channel code and \""
					+ Objects.toString(value.locale(), "") + "\" locale code given.");
		}
		if (value.scope() != null && !reference.channelCodes().contains(value.scope())) {
			throw documented("Attribute \"" + value.attribute() + "\" expects an existing scope, \"" + value.scope()
					+ "\" given.");
		}
		if (value.locale() != null && !reference.enabledLocales().contains(value.locale())) {
			throw documented("Attribute \"" + value.attribute() + "\" expects an existing and activated locale, \""
					+ value.locale() + "\" given.");
		}
	}

	/** The data's shape for the attribute type, as Akeneo's value factories check it; null (erase) always passes. */
	private static void checkData(PatchedValue value) {
		JsonNode data = value.data();
		String code = value.attribute();
		if (data.isNull()) {
			return;
		}
		if (STRING_TYPES.contains(value.type()) && !data.isString()) {
			throw documented("The " + code + " attribute requires a string, a " + phpType(data) + " was detected.");
		}
		switch (value.type()) {
			case "pim_catalog_boolean" -> {
				if (!data.isBoolean()) {
					throw documented(expects(code, "a boolean", data));
				}
			}
			case "pim_catalog_number" -> {
				if (!data.isNumber() && !(data.isString() && data.asString().matches("-?\\d+(\\.\\d+)?"))) {
					throw documented(expects(code, "a numeric", data));
				}
			}
			case MULTI_SELECT -> {
				if (!data.isArray()) {
					throw documented(expects(code, "an array", data));
				}
				if (data.valueStream().anyMatch(option -> !option.isString())) {
					throw documented("Property \"" + code + "\" expects an array of strings as data.");
				}
			}
			case "pim_catalog_price_collection" -> {
				if (!data.isArray()) {
					throw documented(expects(code, "an array", data));
				}
				data.valueStream().forEach(price -> requireKeys(code, price, "amount", "currency"));
			}
			case "pim_catalog_metric" -> {
				if (!data.isObject()) {
					throw documented(expects(code, "an array", data));
				}
				requireKeys(code, data, "amount", "unit");
			}
			default -> {
			}
		}
	}

	private static void requireKeys(String code, JsonNode data, String... keys) {
		if (!data.isObject()) {
			throw documented("Property \"" + code + "\" expects an array of arrays as data.");
		}
		for (String key : keys) {
			if (!data.has(key)) {
				throw documented("Property \"" + code + "\" expects an array with the key \"" + key + "\".");
			}
		}
	}

	/** Sets (or, for null data, removes) the value at the same locale and scope; drops an attribute left empty. */
	private static void merge(ObjectNode values, PatchedValue value) {
		ArrayNode stored = values.path(value.attribute()).isArray() ? (ArrayNode) values.get(value.attribute())
				: values.putArray(value.attribute());
		int index = -1;
		for (int i = 0; i < stored.size() && index < 0; i++) {
			JsonNode entry = stored.get(i);
			if (Objects.equals(text(entry.path("locale")), value.locale())
					&& Objects.equals(text(entry.path("scope")), value.scope())) {
				index = i;
			}
		}
		if (value.data().isNull()) {
			if (index >= 0) {
				stored.remove(index);
			}
		}
		else {
			ObjectNode entry = Json.object();
			entry.put("locale", value.locale());
			entry.put("scope", value.scope());
			entry.set("data", value.data().deepCopy());
			if (index >= 0) {
				stored.set(index, entry);
			}
			else {
				stored.add(entry);
			}
		}
		if (stored.isEmpty()) {
			values.remove(value.attribute());
		}
	}

	/**
	 * Fault injection: every later patch of this product is refused with a {@code Validation failed.} naming the
	 * attribute, as Akeneo refuses a product its validator finds invalid (which the simulator does not model).
	 */
	void refuse(String uuid, String attribute, String message) {
		ObjectNode violation = Json.object();
		violation.put("property", "values");
		violation.put("message", message);
		violation.put("attribute", attribute);
		violation.putNull("locale");
		violation.putNull("scope");
		refusals.put(uuid.toLowerCase(Locale.ROOT), violation);
	}

	/** Akeneo's AttributeOptionsExist violations for the select values the patch sets. */
	private List<ObjectNode> optionViolations(List<PatchedValue> values) {
		List<ObjectNode> violations = new ArrayList<>();
		for (PatchedValue value : values) {
			if (value.data().isNull() || !(SIMPLE_SELECT.equals(value.type()) || MULTI_SELECT.equals(value.type()))) {
				continue;
			}
			List<String> unknown = new ArrayList<>();
			List<JsonNode> codes = value.data().isArray() ? value.data().valueStream().toList() : List.of(value.data());
			codes.stream().map(JsonNode::asString)
				.filter(option -> reference.item(ReferenceStore.optionsPath(value.attribute()), option).isEmpty())
				.forEach(unknown::add);
			if (!unknown.isEmpty()) {
				String list = " the " + value.attribute() + " attribute option list.";
				violations.add(violation(value, (unknown.size() == 1) ? "The " + unknown.get(0) + " value is not in"
						+ list : "The " + String.join(", ", unknown) + " values are not in" + list));
			}
		}
		return violations;
	}

	private static ObjectNode violation(PatchedValue value, String message) {
		ObjectNode violation = Json.object();
		violation.put("property", "values");
		violation.put("message", message);
		violation.put("attribute", value.attribute());
		violation.put("locale", value.locale());
		violation.put("scope", value.scope());
		return violation;
	}

	private static ApiException validationFailed(List<ObjectNode> violations) {
		ObjectNode body = Json.object();
		body.put("code", 422);
		body.put("message", "Validation failed.");
		body.putArray("errors").addAll(violations);
		return new ApiException(ApiResponse.json(422, body));
	}

	/** Akeneo's documented 422: the updater's message, a pointer to the format and a link to the documentation. */
	private static ApiException documented(String message) {
		ObjectNode body = Json.object();
		body.put("code", 422);
		body.put("message", message + CHECK_FORMAT);
		body.putObject("_links").putObject("documentation").put("href", DOCUMENTATION);
		return new ApiException(ApiResponse.json(422, body));
	}

	/** {@code Property "x" expects a boolean as data, "string" given.} as InvalidPropertyTypeException words it. */
	private static String expects(String property, String what, JsonNode given) {
		return "Property \"" + property + "\" expects " + what + " as data, \"" + phpType(given) + "\" given.";
	}

	/** The name PHP's {@code gettype} gives the decoded JSON value, which Akeneo's messages quote. */
	private static String phpType(JsonNode node) {
		if (node.isNull()) {
			return "NULL";
		}
		if (node.isBoolean()) {
			return "boolean";
		}
		if (node.isIntegralNumber()) {
			return "integer";
		}
		if (node.isNumber()) {
			return "double";
		}
		return node.isString() ? "string" : "array";
	}

	private static String text(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node.asString();
	}

}
