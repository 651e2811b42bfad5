package com.akeneokhaos.jobs.refresh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

/**
 * The catalogue the kill harness refreshes twice, and what a merchandiser changes in Akeneo between the two
 * refreshes: simple products and 1- and 2-level models (one 5-axis model Khaos cannot head), defective
 * products of every kind, then one change of each structure-change row (simple → variant of a new model, a
 * new model replacing a disabled simple, a deleted simple whose SKU a new variant reuses, a SKU renamed, a
 * variant moved, a variant made simple), content edits spread over the catalogue, and deletions: a few
 * simple products, and every variant of one model (whose SCS parent is then left without children).
 */
final class KillHarnessScenario {

	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261129L, 260)
		.withDefectsSpreadEvenly(16)
		.withModels(8, 3, 3)
		.withFiveAxisModels(1);

	private static final int EDITED_EVERY = 9;

	private final GeneratedCatalogue catalogue;

	private final AkeneoSimulator akeneo;

	private final List<String> simples;

	private int next;

	KillHarnessScenario(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		this.catalogue = catalogue;
		this.akeneo = akeneo;
		this.simples = catalogue.validUuids()
			.stream()
			.filter(uuid -> catalogue.akeneoProduct(uuid)
				.filter(product -> "clothing".equals(product.family()) && product.enabled())
				.isPresent())
			.toList();
	}

	/** Makes the changes in Akeneo; returns one line per change. */
	List<String> changeAkeneo() {
		List<String> changes = new ArrayList<>();
		String becomesVariant = nextSimple();
		akeneo.createModelFrom(becomesVariant, "MD-KILL-A", "clothing_by_size");
		akeneo.makeVariant(becomesVariant, "MD-KILL-A", Map.of("size", "s"));
		akeneo.addVariant("00000000-0000-4000-8000-00000000ab01", "KH-KILL-A-M", "MD-KILL-A", Map.of("size", "m"));
		changes.add("simple " + sku(becomesVariant) + " became the first variant of new model MD-KILL-A");
		String disabled = nextSimple();
		akeneo.createModelFrom(disabled, "MD-KILL-B", "clothing_by_size");
		akeneo.addVariant("00000000-0000-4000-8000-00000000ab02", "KH-KILL-B-S", "MD-KILL-B", Map.of("size", "s"));
		akeneo.disableProduct(disabled);
		changes.add("new model MD-KILL-B replaces simple " + sku(disabled) + ", now disabled");
		String deleted = nextSimple();
		String deletedSku = sku(deleted);
		akeneo.createModelFrom(deleted, "MD-KILL-C", "clothing_by_size");
		akeneo.removeProduct(deleted);
		akeneo.addVariant("00000000-0000-4000-8000-00000000ab03", deletedSku, "MD-KILL-C", Map.of("size", "s"));
		changes.add("simple " + deletedSku + " deleted; its SKU is reused by a variant of new model MD-KILL-C");
		String renamed = nextSimple();
		changes.add("SKU " + sku(renamed) + " renamed to " + sku(renamed) + "-V2");
		akeneo.changeSku(renamed, sku(renamed) + "-V2");
		changes.addAll(restructureModels());
		for (int i = 0; i < 3; i++) {
			String gone = nextSimple();
			changes.add("simple " + sku(gone) + " deleted");
			akeneo.removeProduct(gone);
		}
		int edited = 0;
		for (int i = next; i < simples.size(); i += EDITED_EVERY) {
			akeneo.updateProduct(simples.get(i), product -> {
				var values = product.withObject("/values");
				boolean visible = values.path("web_visible").path(0).path("data").asBoolean(false);
				values.putArray("web_visible").addObject().putNull("locale").putNull("scope").put("data", !visible);
			});
			edited++;
		}
		changes.add(edited + " simple products edited (web_visible switched)");
		return changes;
	}

	/** A variant moved to another model, a variant made simple, every variant of a third model deleted. */
	private List<String> restructureModels() {
		List<String> direct = catalogue.rootModelCodes().stream().filter(this::hasDirectVariants).toList();
		for (String from : direct) {
			for (String to : direct) {
				if (!from.equals(to) && familyVariant(from).equals(familyVariant(to))) {
					List<String> others = direct.stream().filter(code -> !code.equals(from) && !code.equals(to)).toList();
					if (others.size() < 2) {
						break;
					}
					List<String> changes = new ArrayList<>();
					String moved = catalogue.variantUuidsOf(from).get(0);
					changes.add("variant " + sku(moved) + " moved from model " + from + " to " + to);
					akeneo.moveVariant(moved, to);
					List<String> detachable = catalogue.variantUuidsOf(others.get(0));
					String detached = detachable.get(detachable.size() - 1);
					changes.add("variant " + sku(detached) + " of " + others.get(0) + " became a simple product");
					akeneo.detachVariant(detached);
					String emptied = others.get(1);
					catalogue.variantUuidsOf(emptied).forEach(akeneo::removeProduct);
					changes.add("every variant of model " + emptied + " deleted");
					return changes;
				}
			}
		}
		throw new IllegalStateException("the catalogue has no two 1-level models of one family variant and two more");
	}

	private String nextSimple() {
		return simples.get(next++);
	}

	private boolean hasDirectVariants(String modelCode) {
		List<String> variants = catalogue.variantUuidsOf(modelCode);
		return !variants.isEmpty() && modelCode.equals(parent(variants.get(0)))
				&& !catalogue.fiveAxisModelCodes().contains(modelCode);
	}

	private String familyVariant(String modelCode) {
		return catalogue.productModel(modelCode).map(m -> m.path("family_variant").asString("")).orElse("");
	}

	private String parent(String uuid) {
		return akeneo.product(uuid).map(p -> p.path("parent").asString("")).orElse("");
	}

	private String sku(String uuid) {
		return akeneo.product(uuid)
			.map(p -> p.path("values").path("sku").path(0).path("data").asString(""))
			.orElse(uuid);
	}

}
