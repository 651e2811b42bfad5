package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the product models of a {@link ModelSpec} and their variant products from a random stream of its
 * own, so the catalogue's other products are unaffected. Roots are numbered {@code MD-000001}…; a 2-level
 * root has {@value #SUB_MODELS} sub-models coded {@code ROOT-AXISVALUES}; variants get SKUs such as
 * {@code VR-000003-RED-M} and the merged values of their ancestors.
 */
final class ModelGenerator {

	static final int SUB_MODELS = 2;

	private static final long CREATED_FROM = Json.epochSecond("2023-01-01T00:00:00+00:00");

	private static final int DAY = 86_400;

	private final ModelSpec spec;

	private final CategoryTree tree;

	private final Random random;

	private final Set<String> takenUuids;

	private final List<ObjectNode> models = new ArrayList<>();

	private final List<StoredProduct> variants = new ArrayList<>();

	private final Map<String, List<String>> variantsByModel = new LinkedHashMap<>();

	private final List<String> rootCodes = new ArrayList<>();

	private final List<String> fiveAxisRoots = new ArrayList<>();

	private ModelGenerator(CatalogueSpec spec, CategoryTree tree, Collection<String> takenUuids) {
		this.spec = spec.models();
		this.tree = tree;
		this.random = new Random(spec.seed() * 7_919L + 0x6D6F_6465_6CL);
		this.takenUuids = new HashSet<>(takenUuids);
	}

	static GeneratedModels generate(CatalogueSpec spec, CategoryTree tree, Collection<String> takenUuids) {
		if (!spec.models().any()) {
			return GeneratedModels.NONE;
		}
		return new ModelGenerator(spec, tree, takenUuids).build();
	}

	private GeneratedModels build() {
		int number = 0;
		for (int i = 0; i < spec.oneLevelModels(); i++) {
			root(++number, i % 2 == 0 ? VariantAxes.BY_SIZE : VariantAxes.BY_COLOUR);
		}
		for (int i = 0; i < spec.twoLevelModels(); i++) {
			root(++number, VariantAxes.BY_COLOUR_SIZE);
		}
		for (int i = 0; i < spec.fiveAxisModels(); i++) {
			fiveAxisRoots.add(root(++number, VariantAxes.BY_FIVE_AXES));
		}
		List<ObjectNode> sorted = new ArrayList<>(models);
		sorted.sort((a, b) -> a.get("code").asString().compareTo(b.get("code").asString()));
		return new GeneratedModels(List.copyOf(sorted), List.copyOf(variants), Map.copyOf(variantsByModel),
				List.copyOf(rootCodes), List.copyOf(fiveAxisRoots));
	}

	private String root(int number, String familyVariant) {
		VariantAxes.Definition definition = VariantAxes.definition(familyVariant);
		String code = String.format("MD-%06d", number);
		String category = placementFor(definition.family());
		long created = CREATED_FROM + random.nextInt(500 * DAY);
		ObjectNode values = ModelValues.without(ProductValues.build(definition.family(), code, random),
				ownedBelowRoot(definition));
		ObjectNode root = model(code, definition, null, category, values, created, created + random.nextInt(200 * DAY));
		rootCodes.add(code);
		List<String> rootVariants = variantsByModel.computeIfAbsent(code, c -> new ArrayList<>());
		int[] starts = axisStarts(definition);
		if (definition.levels() == 1) {
			variantsOf(root, List.of(root), definition, 1, starts, number);
			return code;
		}
		for (int s = 0; s < SUB_MODELS; s++) {
			Map<String, String> axes = axisValues(definition.axesOf(1), starts, s);
			ObjectNode subValues = ModelValues.only(ProductValues.build(definition.family(), code, random),
					definition.attributes().get(0));
			axes.forEach((axis, option) -> ModelValues.putOption(subValues, axis, option));
			String subCode = code + "-" + suffix(axes);
			long updated = created + random.nextInt(200 * DAY);
			ObjectNode sub = model(subCode, definition, code, category, subValues, created, updated);
			variantsOf(sub, List.of(root, sub), definition, 2, starts, number);
			rootVariants.addAll(variantsByModel.get(subCode));
		}
		return code;
	}

	private void variantsOf(ObjectNode lowest, List<ObjectNode> chain, VariantAxes.Definition definition, int level,
			int[] starts, int number) {
		String modelCode = lowest.get("code").asString();
		List<String> uuids = variantsByModel.computeIfAbsent(modelCode, c -> new ArrayList<>());
		String prefix = String.format("VR-%06d", number) + (level == 2 ? "-" + lowest.get("code").asString()
			.substring(10) : "");
		for (int v = 0; v < spec.variantsPerModel(); v++) {
			Map<String, String> axes = level == 1 ? axisValues(definition.axesOf(1), starts, v)
					: axisValues(definition.axesOf(2), offset(starts, definition.axesOf(1).size()), v);
			String sku = prefix + "-" + suffix(axes);
			ObjectNode own = ModelValues.only(ProductValues.build(definition.family(), sku, random),
					VariantAxes.VARIANT_LEVEL);
			axes.forEach((axis, option) -> ModelValues.putOption(own, axis, option));
			List<ObjectNode> ancestors = chain.stream().map(m -> (ObjectNode) m.get("values")).toList();
			String uuid = newUuid();
			uuids.add(uuid);
			variants.add(StoredProduct.of(variant(uuid, chain, ModelValues.merged(ancestors, own))));
		}
	}

	private ObjectNode variant(String uuid, List<ObjectNode> chain, ObjectNode values) {
		ObjectNode lowest = chain.get(chain.size() - 1);
		long created = Json.epochSecond(lowest.get("created").asString());
		long updated = created + random.nextInt(200 * DAY);
		for (ObjectNode model : chain) {
			updated = Math.max(updated, Json.epochSecond(model.get("updated").asString()));
		}
		ObjectNode product = Json.object();
		product.put("uuid", uuid);
		product.put("enabled", random.nextInt(100) < 95);
		product.put("family", lowest.get("family").asString());
		product.set("categories", lowest.get("categories").deepCopy());
		product.putArray("groups");
		product.put("parent", lowest.get("code").asString());
		product.set("values", values);
		product.put("created", Json.date(created));
		product.put("updated", Json.date(updated));
		product.putObject("associations");
		product.putObject("quantified_associations");
		return product;
	}

	private ObjectNode model(String code, VariantAxes.Definition definition, String parent, String category,
			ObjectNode values, long created, long updated) {
		ObjectNode model = Json.object();
		model.put("code", code);
		model.put("family", definition.family());
		model.put("family_variant", definition.code());
		model.put("parent", parent);
		model.putArray("categories").add(category);
		model.set("values", values);
		model.putObject("associations");
		model.putObject("quantified_associations");
		model.put("created", Json.date(created));
		model.put("updated", Json.date(updated));
		models.add(model);
		return model;
	}

	/** Attributes a root model does not hold: those of every variant level, and every axis attribute. */
	private static List<String> ownedBelowRoot(VariantAxes.Definition definition) {
		List<String> below = new ArrayList<>(VariantAxes.FAMILY_AXES.get(definition.family()));
		for (int level = 1; level <= definition.levels(); level++) {
			below.addAll(definition.attributesOf(level));
		}
		return below;
	}

	/** A random starting option per axis of the family variant (level 1 axes, then level 2). */
	private int[] axisStarts(VariantAxes.Definition definition) {
		List<String> all = new ArrayList<>(definition.axesOf(1));
		if (definition.levels() == 2) {
			all.addAll(definition.axesOf(2));
		}
		int[] starts = new int[all.size()];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = random.nextInt(VariantAxes.OPTIONS.get(all.get(i)).size());
		}
		return starts;
	}

	private static int[] offset(int[] starts, int from) {
		int[] rest = new int[starts.length - from];
		System.arraycopy(starts, from, rest, 0, rest.length);
		return rest;
	}

	/** The {@code index}-th combination of the axes: each axis steps through its options from its start. */
	private static Map<String, String> axisValues(List<String> axes, int[] starts, int index) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < axes.size(); i++) {
			List<Words.Labelled> options = VariantAxes.OPTIONS.get(axes.get(i));
			values.put(axes.get(i), options.get((starts[i] + index) % options.size()).code());
		}
		return values;
	}

	private static String suffix(Map<String, String> axes) {
		return String.join("-", axes.entrySet().stream().map(e -> VariantAxes.abbreviation(e.getKey(), e.getValue()))
			.toList());
	}

	private String placementFor(String family) {
		while (true) {
			CategoryTree.Placement placement = tree.randomPlacement(random);
			if (placement.department().family().equals(family)) {
				return placement.category();
			}
		}
	}

	private String newUuid() {
		while (true) {
			long high = (random.nextLong() & ~0xF000L) | 0x4000L;
			long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
			String uuid = new UUID(high, low).toString();
			if (takenUuids.add(uuid)) {
				return uuid;
			}
		}
	}

}
