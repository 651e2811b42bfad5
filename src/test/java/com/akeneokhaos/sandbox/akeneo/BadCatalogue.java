package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad-catalogue corpus: every {@link CorpusDefect} planted, deterministically, in an item of its own of
 * a generated catalogue served by an {@link AkeneoSimulator}, which then serves the dangling data as a real
 * Akeneo does (a model naming a family variant the family-variants endpoint does not list, a product in a
 * family Akeneo does not have...). Valid products are taken in {@link GeneratedCatalogue#validUuids()} order,
 * models in {@link GeneratedCatalogue#rootModelCodes()} order (5-axis ones left out): one model per model
 * defect, then one model per variant defect, whose first variant gets it; what is left stays valid.
 */
public final class BadCatalogue {

	private final Map<CorpusDefect, String> planted = new EnumMap<>(CorpusDefect.class);

	private final List<String> validProducts = new ArrayList<>();

	private final List<String> validModels = new ArrayList<>();

	private BadCatalogue() {
	}

	/** Plants every defect in the simulator's copy of {@code catalogue}. */
	public static BadCatalogue plant(GeneratedCatalogue catalogue, AkeneoSimulator simulator) {
		BadCatalogue bad = new BadCatalogue();
		UnusedAttributeTypes.attributes().forEach(simulator::addAttribute);
		Planting at = new Planting(catalogue, simulator);
		Iterator<String> products = catalogue.validUuids().iterator();
		List<String> models = new ArrayList<>(catalogue.rootModelCodes());
		models.removeAll(catalogue.fiveAxisModelCodes());
		Iterator<String> roots = models.iterator();
		for (CorpusDefect defect : CorpusDefect.values()) {
			switch (defect.target()) {
				case PRODUCT -> bad.plantInProduct(defect, next(products, defect), at);
				case MODEL -> bad.plantInModel(defect, next(roots, defect), at);
				case VARIANT -> bad.plantInProduct(defect, catalogue.variantUuidsOf(next(roots, defect)).get(0), at);
			}
		}
		products.forEachRemaining(bad.validProducts::add);
		roots.forEachRemaining(bad.validModels::add);
		return bad;
	}

	/** The uuid of the product, or the code of the model, the defect was planted in. */
	public String itemOf(CorpusDefect defect) {
		return planted.get(defect);
	}

	/** The valid simple products no defect was planted in. */
	public List<String> validProducts() {
		return Collections.unmodifiableList(validProducts);
	}

	/** The valid root models no defect was planted in (nor in any of their variants). */
	public List<String> validModels() {
		return Collections.unmodifiableList(validModels);
	}

	private void plantInProduct(CorpusDefect defect, String uuid, Planting at) {
		at.simulator().updateProduct(uuid, product -> defect.plantInto(product, at));
		planted.put(defect, uuid);
	}

	private void plantInModel(CorpusDefect defect, String code, Planting at) {
		ObjectNode model = at.simulator().productModel(code).orElseThrow();
		defect.plantInto(model, at);
		at.simulator().addModel(model);
		planted.put(defect, code);
	}

	private static String next(Iterator<String> items, CorpusDefect defect) {
		if (!items.hasNext()) {
			throw new IllegalStateException("The catalogue has too few valid items to plant " + defect);
		}
		return items.next();
	}

	/** What a defect may need besides its item: the catalogue's family variants, the simulator to add one. */
	public record Planting(GeneratedCatalogue catalogue, AkeneoSimulator simulator) {

		/** A family variant code of another family than the model's. */
		String familyVariantOfAnotherFamily(ObjectNode model) {
			String family = model.get("family").asString();
			return catalogue.familyVariants().entrySet().stream()
				.filter(entry -> !entry.getKey().equals(family) && !entry.getValue().isEmpty())
				.map(entry -> entry.getValue().get(0).get("code").asString())
				.findFirst()
				.orElseThrow();
		}

		/** Adds a copy of the model's family variant whose level-1 axis Akeneo has no attribute for. */
		String familyVariantOnGhostAxis(ObjectNode model) {
			String family = model.get("family").asString();
			String code = model.get("family_variant").asString();
			ObjectNode variant = catalogue.familyVariants().get(family).stream()
				.filter(v -> v.get("code").asString().equals(code))
				.findFirst()
				.orElseThrow()
				.deepCopy();
			variant.put("code", code + "_ghost_axis");
			((ObjectNode) variant.get("variant_attribute_sets").get(0)).set("axes", CorpusValues.list("ghost_axis"));
			simulator.addFamilyVariant(family, variant);
			return code + "_ghost_axis";
		}

		/** The first variation axis the variant has a value for. */
		String firstAxisOf(ObjectNode variant) {
			JsonNode values = variant.get("values");
			return VariantAxes.OPTIONS.keySet().stream().filter(values::has).findFirst().orElseThrow();
		}

	}

}
