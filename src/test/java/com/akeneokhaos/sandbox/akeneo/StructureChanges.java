package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structure changes of the {@link AkeneoSimulator}'s scenario API, applied as the PIM applies them:
 * product uuids never change, every touched product or model gets {@code updated} = now, and a variant
 * always shows the merged values of its ancestors.
 */
final class StructureChanges {

	private final ProductStore products;

	private final ModelStore models;

	private final ReferenceStore reference;

	private final Supplier<Instant> clock;

	StructureChanges(ProductStore products, ModelStore models, ReferenceStore reference, Supplier<Instant> clock) {
		this.products = products;
		this.models = models;
		this.reference = reference;
		this.clock = clock;
	}

	synchronized ObjectNode addModel(ObjectNode model) {
		ObjectNode copy = model.deepCopy();
		String now = now();
		if (!copy.path("updated").isString()) {
			copy.put("updated", now);
		}
		if (!copy.path("created").isString()) {
			copy.put("created", copy.get("updated").asString());
		}
		if (!copy.has("parent")) {
			copy.putNull("parent");
		}
		StoredModel stored = StoredModel.of(copy);
		if (stored.parent() != null) {
			model(stored.parent());
		}
		models.put(stored);
		return copy;
	}

	synchronized ObjectNode createModelFrom(String uuid, String modelCode, String familyVariant) {
		ObjectNode product = product(uuid);
		String family = product.path("family").asString();
		ObjectNode variant = familyVariant(family, familyVariant);
		ObjectNode model = Json.object();
		model.put("code", modelCode);
		model.put("family", family);
		model.put("family_variant", familyVariant);
		model.putNull("parent");
		model.set("categories", product.get("categories").deepCopy());
		model.set("values", ModelValues.without((ObjectNode) product.get("values"), levelAttributes(variant, 1)));
		model.putObject("associations");
		model.putObject("quantified_associations");
		return addModel(model);
	}

	synchronized ObjectNode makeVariant(String uuid, String modelCode, Map<String, String> axisValues) {
		ObjectNode product = product(uuid);
		if (product.path("parent").isString()) {
			throw new IllegalStateException("product " + uuid + " is already a variant of " + product.get("parent").asString());
		}
		return relink(product, modelCode, axisValues);
	}

	synchronized ObjectNode addVariant(String uuid, String sku, String modelCode, Map<String, String> axisValues) {
		if (products.get(uuid).isPresent()) {
			throw new IllegalArgumentException("product " + uuid + " already exists");
		}
		StoredModel lowest = model(modelCode);
		ObjectNode product = Json.object();
		product.put("uuid", uuid);
		product.put("enabled", true);
		product.put("family", lowest.family());
		product.putArray("categories");
		product.putArray("groups");
		product.putNull("parent");
		ObjectNode values = product.putObject("values");
		values.putArray("sku").addObject().putNull("locale").putNull("scope").put("data", sku);
		values.putArray("cost_price").addObject().putNull("locale").putNull("scope").putArray("data").addObject()
			.put("amount", "4.50")
			.put("currency", "GBP");
		product.put("created", now());
		product.putObject("associations");
		product.putObject("quantified_associations");
		return relink(product, modelCode, axisValues);
	}

	synchronized ObjectNode moveVariant(String uuid, String newModelCode) {
		ObjectNode product = product(uuid);
		if (!product.path("parent").isString()) {
			throw new IllegalStateException("product " + uuid + " is not a variant");
		}
		StoredModel from = model(product.get("parent").asString());
		StoredModel to = model(newModelCode);
		if (!from.familyVariant().equals(to.familyVariant())) {
			throw new IllegalArgumentException("a variant moves only between models of one family variant, not "
					+ from.familyVariant() + " → " + to.familyVariant());
		}
		return relink(product, newModelCode, Map.of());
	}

	synchronized ObjectNode detachVariant(String uuid) {
		return update(uuid, product -> product.putNull("parent"));
	}

	synchronized ObjectNode changeFamilyVariantAxes(String family, String familyVariant, List<List<String>> axesByLevel) {
		ObjectNode variant = familyVariant(family, familyVariant);
		ArrayNode sets = (ArrayNode) variant.get("variant_attribute_sets");
		if (sets.size() != axesByLevel.size()) {
			throw new IllegalArgumentException(familyVariant + " has " + sets.size() + " levels, not " + axesByLevel.size());
		}
		ObjectNode changed = reference.update(ReferenceStore.familyVariantsPath(family), familyVariant, json -> {
			for (int level = 0; level < axesByLevel.size(); level++) {
				ObjectNode set = (ObjectNode) json.get("variant_attribute_sets").get(level);
				Set<String> attributes = new LinkedHashSet<>(axesByLevel.get(level));
				strings(set.get("attributes")).stream().filter(a -> !strings(set.get("axes")).contains(a))
					.forEach(attributes::add);
				ArrayNode axes = set.putArray("axes");
				axesByLevel.get(level).forEach(axes::add);
				ArrayNode all = set.putArray("attributes");
				attributes.forEach(all::add);
			}
		});
		Set<String> codes = new HashSet<>();
		for (StoredModel model : models.snapshot()) {
			if (familyVariant.equals(model.familyVariant())) {
				codes.add(model.code());
			}
		}
		codes.forEach(code -> touchModel(code, m -> {
		}));
		return changed;
	}

	synchronized ObjectNode updateModel(String code, Consumer<ObjectNode> change) {
		return touchModel(code, change);
	}

	/** Sets the product's parent and family, and its values to its ancestors' plus its own lowest-level ones. */
	private ObjectNode relink(ObjectNode product, String modelCode, Map<String, String> axisValues) {
		List<StoredModel> chain = chain(modelCode);
		StoredModel lowest = chain.get(chain.size() - 1);
		ObjectNode variant = familyVariant(lowest.family(), lowest.familyVariant());
		int levels = variant.get("variant_attribute_sets").size();
		ObjectNode own = ModelValues.only((ObjectNode) product.get("values"), levelAttributes(variant, levels));
		axisValues.forEach((axis, option) -> ModelValues.putOption(own, axis, option));
		List<ObjectNode> ancestors = chain.stream().map(m -> (ObjectNode) m.node().get("values")).toList();
		Set<String> categories = new LinkedHashSet<>(strings(product.get("categories")));
		chain.forEach(m -> categories.addAll(strings(m.node().get("categories"))));
		product.put("family", lowest.family());
		product.put("parent", modelCode);
		ArrayNode categoryArray = product.putArray("categories");
		categories.forEach(categoryArray::add);
		product.set("values", ModelValues.merged(ancestors, own));
		product.put("updated", now());
		if (!product.path("created").isString()) {
			product.put("created", product.get("updated").asString());
		}
		products.put(StoredProduct.of(product));
		return product;
	}

	/**
	 * Changes a model and bumps its {@code updated}, that of its sub-models (whose served values include its own)
	 * and that of every variant below them, re-merging their values.
	 */
	private ObjectNode touchModel(String code, Consumer<ObjectNode> change) {
		ObjectNode model = model(code).node();
		change.accept(model);
		model.put("code", code);
		model.put("updated", now());
		models.put(StoredModel.of(model));
		Set<String> below = new HashSet<>(List.of(code));
		for (StoredModel candidate : models.snapshot()) {
			if (code.equals(candidate.parent())) {
				below.add(candidate.code());
				ObjectNode sub = candidate.node();
				sub.put("updated", now());
				models.put(StoredModel.of(sub));
			}
		}
		for (StoredProduct product : products.snapshot()) {
			if (product.parent() != null && below.contains(product.parent())) {
				relink(product.node(), product.parent(), Map.of());
			}
		}
		return model;
	}

	private ObjectNode update(String uuid, Consumer<ObjectNode> change) {
		ObjectNode product = product(uuid);
		change.accept(product);
		product.put("updated", now());
		products.put(StoredProduct.of(product));
		return product;
	}

	/** The attributes of variant level {@code level} and every level below it. */
	private static Set<String> levelAttributes(ObjectNode familyVariant, int fromLevel) {
		Set<String> attributes = new HashSet<>();
		for (JsonNode set : familyVariant.get("variant_attribute_sets")) {
			if (set.get("level").asInt() >= fromLevel) {
				attributes.addAll(strings(set.get("attributes")));
				attributes.addAll(strings(set.get("axes")));
			}
		}
		return attributes;
	}

	private List<StoredModel> chain(String lowestCode) {
		List<StoredModel> chain = new ArrayList<>();
		StoredModel model = model(lowestCode);
		chain.add(0, model);
		while (model.parent() != null) {
			model = model(model.parent());
			chain.add(0, model);
		}
		return chain;
	}

	private ObjectNode familyVariant(String family, String code) {
		Optional<ObjectNode> variant = reference.item(ReferenceStore.familyVariantsPath(family), code);
		return variant.orElseThrow(() -> new IllegalArgumentException("unknown family variant " + family + "/" + code))
			.deepCopy();
	}

	private StoredModel model(String code) {
		return models.get(code).orElseThrow(() -> new IllegalArgumentException("unknown product model " + code));
	}

	private ObjectNode product(String uuid) {
		return products.get(uuid).orElseThrow(() -> new IllegalArgumentException("unknown product " + uuid)).node();
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		if (array != null) {
			array.forEach(s -> strings.add(s.asString()));
		}
		return strings;
	}

	private String now() {
		return Json.date(clock.get());
	}

}
