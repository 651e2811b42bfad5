package com.akeneokhaos.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

/**
 * The edit the benchmark makes in Akeneo before its second delta: 1 % of the valid simple products (at least
 * one), spread evenly over the catalogue's uuid order, get a new {@code name} in every locale, as a
 * merchandiser's edit in the PIM would (the simulator bumps their {@code updated} to now). The name maps to
 * Khaos's {@code ShortDescription}, so each is really republished.
 */
final class DeltaChanges {

	static final double SHARE = 0.01;

	private DeltaChanges() {
	}

	/** Renames the products and returns their uuids. */
	static List<String> renameOnePercent(GeneratedCatalogue catalogue, AkeneoSimulator simulator) {
		List<String> chosen = spreadEvenly(simpleProducts(catalogue), Math.max(1, (int) Math.round(
				catalogue.productCount() * SHARE)));
		for (int i = 0; i < chosen.size(); i++) {
			String newName = "Delta bench " + (i + 1);
			simulator.updateProduct(chosen.get(i), product -> rename(product, newName));
		}
		return chosen;
	}

	/** Valid products that are neither variants of the spec's count nor of the generated models, in uuid order. */
	private static List<String> simpleProducts(GeneratedCatalogue catalogue) {
		Set<String> variants = new HashSet<>(catalogue.variantUuids());
		variants.addAll(catalogue.modelVariantUuids());
		return catalogue.validUuids().stream().filter(uuid -> !variants.contains(uuid)).toList();
	}

	private static List<String> spreadEvenly(List<String> uuids, int count) {
		int wanted = Math.min(count, uuids.size());
		double step = (double) uuids.size() / Math.max(1, wanted);
		return IntStream.range(0, wanted).mapToObj(i -> uuids.get((int) (i * step))).toList();
	}

	private static void rename(ObjectNode product, String newName) {
		JsonNode names = product.path("values").path("name");
		names.forEach(value -> ((ObjectNode) value).put("data", newName));
	}

}
