package com.akeneokhaos.sandbox.akeneo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What {@link CatalogueGenerator} should build: a seed (same seed and spec give a byte-identical
 * catalogue), a product count, how many products carry each {@link DefectKind}, and how many products
 * are variants grouped under product models. Every other product is valid.
 *
 * @param seed the random seed
 * @param productCount the total number of products, defective and variant ones included
 * @param defects how many products carry each defect; each defective product has exactly one
 * @param variantCount how many products are variants of product models (beyond {@link DefectKind#VARIANT})
 * @param models the product models to build, with their variant products; these come on top of
 *        {@code productCount} and draw from their own random stream, so they never change the other products
 */
public record CatalogueSpec(long seed, int productCount, Map<DefectKind, Integer> defects, int variantCount,
		ModelSpec models) {

	public CatalogueSpec {
		models = models == null ? ModelSpec.NONE : models;
		if (productCount < 0 || variantCount < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
		defects = copyOf(defects);
		int special = defects.values().stream().mapToInt(Integer::intValue).sum() + variantCount;
		if (special > productCount) {
			throw new IllegalArgumentException(special + " defective/variant products do not fit in " + productCount);
		}
		if (defects.containsKey(DefectKind.SKU_DUPLICATE_CASE) && special == productCount) {
			throw new IllegalArgumentException("SKU_DUPLICATE_CASE needs at least one valid product to duplicate");
		}
	}

	/** A spec without product models. */
	public CatalogueSpec(long seed, int productCount, Map<DefectKind, Integer> defects, int variantCount) {
		this(seed, productCount, defects, variantCount, ModelSpec.NONE);
	}

	/** A catalogue of valid products only. */
	public static CatalogueSpec of(long seed, int productCount) {
		return new CatalogueSpec(seed, productCount, Map.of(), 0);
	}

	/** This spec with the given defect counts added (replacing the counts of the kinds named). */
	public CatalogueSpec withDefects(Map<DefectKind, Integer> counts) {
		Map<DefectKind, Integer> merged = new EnumMap<>(DefectKind.class);
		merged.putAll(defects);
		merged.putAll(counts);
		return new CatalogueSpec(seed, productCount, merged, variantCount, models);
	}

	public CatalogueSpec withDefect(DefectKind kind, int count) {
		return withDefects(Map.of(kind, count));
	}

	/** This spec with {@code total} defective products spread evenly over all kinds, earlier kinds first. */
	public CatalogueSpec withDefectsSpreadEvenly(int total) {
		DefectKind[] kinds = DefectKind.values();
		Map<DefectKind, Integer> counts = new EnumMap<>(DefectKind.class);
		for (int i = 0; i < kinds.length; i++) {
			counts.put(kinds[i], total / kinds.length + (i < total % kinds.length ? 1 : 0));
		}
		return new CatalogueSpec(seed, productCount, counts, variantCount, models);
	}

	public CatalogueSpec withVariants(int count) {
		return new CatalogueSpec(seed, productCount, defects, count, models);
	}

	/**
	 * This spec with product models: {@code oneLevelModels} 1-level and {@code twoLevelModels} 2-level root
	 * models, each lowest model with {@code variantsPerModel} variant products (see {@link ModelSpec}).
	 */
	public CatalogueSpec withModels(int oneLevelModels, int twoLevelModels, int variantsPerModel) {
		return withModels(new ModelSpec(oneLevelModels, twoLevelModels, variantsPerModel, models.fiveAxisModels()));
	}

	/** This spec with the given product models. */
	public CatalogueSpec withModels(ModelSpec newModels) {
		return new CatalogueSpec(seed, productCount, defects, variantCount, newModels);
	}

	/**
	 * This spec with {@code count} extra 2-level models of the 5-axis family variant (3 + 2 axes), which the
	 * sync must reject as a whole; uses the spec's variants per model, or 2 when no models were asked yet.
	 */
	public CatalogueSpec withFiveAxisModels(int count) {
		int perModel = models.variantsPerModel() > 0 ? models.variantsPerModel() : 2;
		return withModels(new ModelSpec(models.oneLevelModels(), models.twoLevelModels(), perModel, count));
	}

	public CatalogueSpec withSeed(long newSeed) {
		return new CatalogueSpec(newSeed, productCount, defects, variantCount, models);
	}

	public int defectCount(DefectKind kind) {
		return defects.getOrDefault(kind, 0);
	}

	public int totalDefects() {
		return defects.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** How many products carry neither a defect nor a parent model. */
	public int validCount() {
		return productCount - totalDefects() - variantCount;
	}

	private static Map<DefectKind, Integer> copyOf(Map<DefectKind, Integer> defects) {
		Map<DefectKind, Integer> copy = new EnumMap<>(DefectKind.class);
		defects.forEach((kind, count) -> {
			if (count < 0) {
				throw new IllegalArgumentException("negative count for " + kind);
			}
			if (count > 0) {
				copy.put(kind, count);
			}
		});
		return Collections.unmodifiableMap(copy);
	}

}
