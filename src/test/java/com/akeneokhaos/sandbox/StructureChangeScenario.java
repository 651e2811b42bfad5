package com.akeneokhaos.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

/**
 * Applies one change of each row of the structure-change table to a synced sandbox catalogue, as a
 * merchandiser would in Akeneo: a simple product becomes a variant of a new model, a new model with new
 * variants replaces a disabled simple product, a new variant takes the SKU of a deleted one, a variant moves
 * to another model, a variant becomes a simple product, and a SKU is renamed. Returns one line per change.
 */
public final class StructureChangeScenario {

	private final GeneratedCatalogue catalogue;

	private final AkeneoSimulator akeneo;

	private final List<String> simples;

	private int next;

	public StructureChangeScenario(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		this.catalogue = catalogue;
		this.akeneo = akeneo;
		this.simples = catalogue.validUuids().stream().filter(enabledClothing()).toList();
	}

	public List<String> apply() {
		List<String> applied = new ArrayList<>();
		if (simples.size() < 4) {
			return applied;
		}
		String becomesVariant = nextSimple();
		akeneo.createModelFrom(becomesVariant, "MD-DEMO-A", "clothing_by_size");
		akeneo.makeVariant(becomesVariant, "MD-DEMO-A", Map.of("size", "s"));
		akeneo.addVariant("00000000-0000-4000-8000-00000000de01", "KH-DEMO-A-M", "MD-DEMO-A", Map.of("size", "m"));
		applied.add("simple " + sku(becomesVariant) + " became the first variant of new model MD-DEMO-A");
		String disabled = nextSimple();
		akeneo.createModelFrom(disabled, "MD-DEMO-B", "clothing_by_size");
		akeneo.addVariant("00000000-0000-4000-8000-00000000de02", "KH-DEMO-B-S", "MD-DEMO-B", Map.of("size", "s"));
		akeneo.disableProduct(disabled);
		applied.add("new model MD-DEMO-B with variant KH-DEMO-B-S replaces simple " + sku(disabled) + ", now disabled");
		String deleted = nextSimple();
		String deletedSku = sku(deleted);
		akeneo.createModelFrom(deleted, "MD-DEMO-C", "clothing_by_size");
		akeneo.removeProduct(deleted);
		akeneo.addVariant("00000000-0000-4000-8000-00000000de03", deletedSku, "MD-DEMO-C", Map.of("size", "s"));
		applied.add("simple " + deletedSku + " deleted; its SKU is reused by a variant of new model MD-DEMO-C");
		String renamed = nextSimple();
		applied.add("SKU " + sku(renamed) + " renamed to " + sku(renamed) + "-V2");
		akeneo.changeSku(renamed, sku(renamed) + "-V2");
		movableVariant().ifPresent(move -> {
			akeneo.moveVariant(move.uuid(), move.to());
			applied.add("variant " + sku(move.uuid()) + " moved from model " + move.from() + " to " + move.to());
		});
		oneLevelVariantOtherThan(movableVariant().map(Move::uuid).orElse("")).ifPresent(uuid -> {
			applied.add("variant " + sku(uuid) + " of " + parent(uuid) + " became a simple product");
			akeneo.detachVariant(uuid);
		});
		return applied;
	}

	private String nextSimple() {
		return simples.get(next++);
	}

	/** A variant of a one-level root model, and another root model of the same family variant. */
	private Optional<Move> movableVariant() {
		for (String from : catalogue.rootModelCodes()) {
			for (String to : catalogue.rootModelCodes()) {
				if (!from.equals(to) && familyVariant(from).equals(familyVariant(to)) && hasDirectVariants(from)
						&& hasDirectVariants(to)) {
					return Optional.of(new Move(catalogue.variantUuidsOf(from).get(0), from, to));
				}
			}
		}
		return Optional.empty();
	}

	private Optional<String> oneLevelVariantOtherThan(String excluded) {
		return catalogue.rootModelCodes()
			.stream()
			.filter(this::hasDirectVariants)
			.flatMap(code -> catalogue.variantUuidsOf(code).stream())
			.filter(uuid -> !uuid.equals(excluded))
			.reduce((first, last) -> last);
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

	private Predicate<String> enabledClothing() {
		return uuid -> catalogue.akeneoProduct(uuid)
			.filter(product -> "clothing".equals(product.family()) && product.enabled())
			.isPresent();
	}

	private record Move(String uuid, String from, String to) {
	}

}
