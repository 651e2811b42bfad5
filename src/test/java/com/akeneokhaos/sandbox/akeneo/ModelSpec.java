package com.akeneokhaos.sandbox.akeneo;

/**
 * How many product models {@link CatalogueGenerator} builds, on top of the spec's product count: root
 * models with one variant level ({@code clothing_by_size} or {@code homeware_by_colour}), root models with
 * two levels ({@code clothing_by_colour_size}: two colour sub-models each), and two-level models of a family
 * variant with 5 axes in total ({@code clothing_by_five_axes}, 3 + 2), which Khaos cannot head (at most 4).
 *
 * @param oneLevelModels root models whose variants hang directly under them
 * @param twoLevelModels root models with colour sub-models and size variants below those
 * @param variantsPerModel variants under each lowest-level model, 1 to 6
 * @param fiveAxisModels two-level root models of the 5-axis family variant
 */
public record ModelSpec(int oneLevelModels, int twoLevelModels, int variantsPerModel, int fiveAxisModels) {

	/** No product models at all: the generator behaves exactly as before models existed. */
	public static final ModelSpec NONE = new ModelSpec(0, 0, 0, 0);

	/** The most variants per lowest model: the number of sizes and colours in the option lists. */
	public static final int MAX_VARIANTS_PER_MODEL = 6;

	public ModelSpec {
		if (oneLevelModels < 0 || twoLevelModels < 0 || fiveAxisModels < 0) {
			throw new IllegalArgumentException("model counts must not be negative");
		}
		boolean any = oneLevelModels + twoLevelModels + fiveAxisModels > 0;
		if (any && (variantsPerModel < 1 || variantsPerModel > MAX_VARIANTS_PER_MODEL)) {
			throw new IllegalArgumentException("variantsPerModel must be 1 to " + MAX_VARIANTS_PER_MODEL);
		}
	}

	/** Whether any product model is requested. */
	public boolean any() {
		return oneLevelModels + twoLevelModels + fiveAxisModels > 0;
	}

	public int rootModels() {
		return oneLevelModels + twoLevelModels + fiveAxisModels;
	}

}
