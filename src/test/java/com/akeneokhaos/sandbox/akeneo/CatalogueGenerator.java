package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a realistic, seeded Akeneo catalogue for sandbox runs and tests: reference data, products in
 * the {@code products-uuid} shape and an answer key of expected rejections. The same {@link CatalogueSpec}
 * always yields a byte-identical catalogue; 200,000 products take a few seconds and a few hundred MB.
 * Product models and their variants ({@link ModelSpec}) come from a separate random stream, so asking for
 * none leaves the catalogue exactly as it was before models existed.
 */
public final class CatalogueGenerator {

	private static final int VARIANTS_PER_MODEL = 3;

	private CatalogueGenerator() {
	}

	public static GeneratedCatalogue generate(CatalogueSpec spec) {
		Random random = new Random(spec.seed());
		String[] uuids = uniqueSortedUuids(spec.productCount(), random);
		int[] numbers = shuffledNumbers(spec.productCount(), random);
		RolePlan plan = RolePlan.assign(spec, random);
		CategoryTree tree = new CategoryTree(spec.defectCount(DefectKind.LONG_DEPARTMENT_LABEL) > 0);
		return new Run(spec, tree, plan).build(uuids, numbers);
	}

	private static String[] uniqueSortedUuids(int count, Random random) {
		Set<String> seen = new HashSet<>(count * 2);
		String[] uuids = new String[count];
		int made = 0;
		while (made < count) {
			String uuid = version4(random);
			if (seen.add(uuid)) {
				uuids[made++] = uuid;
			}
		}
		Arrays.sort(uuids);
		return uuids;
	}

	private static String version4(Random random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low).toString();
	}

	private static int[] shuffledNumbers(int count, Random random) {
		int[] numbers = new int[count];
		for (int i = 0; i < count; i++) {
			numbers[i] = i + 1;
		}
		for (int i = count - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = numbers[i];
			numbers[i] = numbers[j];
			numbers[j] = swap;
		}
		return numbers;
	}

	/** One generation pass; products are independent, so they are built in parallel, deterministically. */
	private static final class Run {

		private final CatalogueSpec spec;

		private final CategoryTree tree;

		private final RolePlan plan;

		private final ProductFactory factory;

		private final DefectApplier defects;

		Run(CatalogueSpec spec, CategoryTree tree, RolePlan plan) {
			this.spec = spec;
			this.tree = tree;
			this.plan = plan;
			this.factory = new ProductFactory(tree);
			this.defects = new DefectApplier(tree);
		}

		GeneratedCatalogue build(String[] uuids, int[] numbers) {
			StoredProduct[] products = new StoredProduct[uuids.length];
			IntStream.range(0, uuids.length).parallel()
				.forEach(i -> products[i] = StoredProduct.of(product(i, uuids[i], numbers)));
			Map<String, DefectKind> planted = new LinkedHashMap<>();
			List<String> variants = new ArrayList<>();
			List<String> valid = new ArrayList<>();
			for (int i = 0; i < uuids.length; i++) {
				if (plan.defectAt(i) != null) {
					planted.put(uuids[i], plan.defectAt(i));
				}
				else {
					(plan.isVariant(i) ? variants : valid).add(uuids[i]);
				}
			}
			GeneratedModels models = ModelGenerator.generate(spec, tree, Arrays.asList(uuids));
			StoredProduct[] all = withVariants(products, models);
			return new GeneratedCatalogue(spec, ReferenceJson.generate(tree, spec.models().any()), all, planted, variants,
					valid, models);
		}

		/** The products plus the models' variants, in uuid order; the products themselves when there are none. */
		private static StoredProduct[] withVariants(StoredProduct[] products, GeneratedModels models) {
			if (models.variants().isEmpty()) {
				return products;
			}
			StoredProduct[] all = Arrays.copyOf(products, products.length + models.variants().size());
			for (int i = 0; i < models.variants().size(); i++) {
				all[products.length + i] = models.variants().get(i);
			}
			Arrays.sort(all, (a, b) -> a.uuid().compareTo(b.uuid()));
			return all;
		}

		private ObjectNode product(int position, String uuid, int[] numbers) {
			Random random = randomFor(numbers[position]);
			ObjectNode product = factory.valid(uuid, Skus.valid(numbers[position], random), random);
			DefectKind defect = plan.defectAt(position);
			if (defect != null) {
				int target = plan.duplicateTarget(position);
				String targetSku = target < 0 ? null : Skus.valid(numbers[target], randomFor(numbers[target]));
				defects.apply(defect, product, random, targetSku);
			}
			else if (plan.isVariant(position)) {
				product.put("parent", String.format("model_%05d", plan.variantOrdinal(position) / VARIANTS_PER_MODEL + 1));
			}
			return product;
		}

		/** Each product draws from its own stream, so its content does not depend on the others. */
		private Random randomFor(int number) {
			return new Random(spec.seed() * 1_000_003L + number);
		}

	}

}
