package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference data changes of the {@link AkeneoSimulator}'s scenario API (categories, attribute options,
 * channels, locales), applied as the PIM applies them: none touches a product's or product model's {@code updated},
 * so none puts anything in an {@code updated >} delta. Deleting categories unlinks them from products and models
 * as Akeneo's database cascade does, leaving their history and dates alone; saving a channel activates the locales
 * it gains and deactivates those no channel uses any more, as Akeneo's locale activation does.
 */
final class ReferenceChanges {

	private static final String CHANNELS = "channels";

	private static final String LOCALES = "locales";

	private final ProductStore products;

	private final ModelStore models;

	private final ReferenceStore reference;

	ReferenceChanges(ProductStore products, ModelStore models, ReferenceStore reference) {
		this.products = products;
		this.models = models;
		this.reference = reference;
	}

	/** Deletes the category and its descendants and unlinks them everywhere; returns the deleted codes, sorted. */
	synchronized List<String> deleteCategory(String code) {
		ObjectNode category = reference.item(ReferenceStore.CATEGORIES, code)
			.orElseThrow(() -> new IllegalArgumentException("unknown category " + code));
		if (!category.path("parent").isString()) {
			refuseTreeOfAChannel(code);
		}
		Set<String> deleted = reference.withDescendants(Set.of(code));
		reference.remove(ReferenceStore.CATEGORIES, deleted);
		products.updateAll(p -> linked(p.categories(), deleted) ? StoredProduct.of(unlinked(p.node(), deleted)) : p);
		models.updateAll(m -> linked(m.categories(), deleted) ? StoredModel.of(unlinked(m.node(), deleted)) : m);
		return List.copyOf(new TreeSet<>(deleted));
	}

	synchronized ObjectNode updateAttributeOption(String attribute, String option, Map<String, String> labels) {
		ObjectNode json = Json.object();
		labels.forEach(json::put);
		return reference.update(ReferenceStore.optionsPath(attribute), option, stored -> stored.set("labels", json));
	}

	synchronized ObjectNode updateChannel(String code, Consumer<ObjectNode> change) {
		Set<String> before = codes(reference.item(CHANNELS, code)
			.orElseThrow(() -> new IllegalArgumentException("unknown channel " + code)).path(LOCALES));
		ObjectNode changed = reference.update(CHANNELS, code, channel -> {
			change.accept(channel);
			channel.put("code", code);
			checkChannel(channel);
		});
		Set<String> after = codes(changed.path(LOCALES));
		after.stream().filter(locale -> !before.contains(locale)).forEach(locale -> enableLocale(locale, true));
		before.stream().filter(locale -> !after.contains(locale) && !usedByAChannel(locale))
			.forEach(locale -> enableLocale(locale, false));
		return changed;
	}

	synchronized ObjectNode enableLocale(String code, boolean enabled) {
		return reference.update(LOCALES, code, locale -> locale.put("enabled", enabled));
	}

	private void refuseTreeOfAChannel(String tree) {
		List<String> channels = new ArrayList<>();
		reference.list(CHANNELS).orElse(List.of()).stream()
			.filter(channel -> tree.equals(channel.path("category_tree").asString(null)))
			.forEach(channel -> channels.add(channel.get("code").asString()));
		if (!channels.isEmpty()) {
			throw new IllegalStateException("category tree " + tree + " is the tree of channel(s) " + channels
					+ " and cannot be deleted");
		}
	}

	/** A channel's tree must be an existing root category and its locales existing locales. */
	private void checkChannel(ObjectNode channel) {
		String tree = channel.path("category_tree").asString(null);
		boolean root = tree != null && reference.item(ReferenceStore.CATEGORIES, tree)
			.filter(category -> !category.path("parent").isString())
			.isPresent();
		if (!root) {
			throw new IllegalArgumentException("category_tree " + tree + " is not a category tree (root category)");
		}
		for (String locale : codes(channel.path(LOCALES))) {
			if (reference.item(LOCALES, locale).isEmpty()) {
				throw new IllegalArgumentException("unknown locale " + locale);
			}
		}
	}

	private boolean usedByAChannel(String locale) {
		return reference.list(CHANNELS).orElse(List.of()).stream()
			.anyMatch(channel -> codes(channel.path(LOCALES)).contains(locale));
	}

	private static boolean linked(Collection<String> categories, Set<String> deleted) {
		return !Collections.disjoint(categories, deleted);
	}

	/** The product or model without the deleted categories; everything else, {@code updated} included, kept. */
	private static ObjectNode unlinked(ObjectNode item, Set<String> deleted) {
		List<String> categories = StoredProduct.codes(item.path("categories"));
		ArrayNode kept = item.putArray("categories");
		categories.stream().filter(category -> !deleted.contains(category)).forEach(kept::add);
		return item;
	}

	private static Set<String> codes(JsonNode array) {
		return new HashSet<>(StoredProduct.codes(array));
	}

}
