package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's reference data, by collection path ({@code attributes}, {@code attributes/brand/options},
 * {@code categories}, {@code families}, {@code families/clothing/variants}, {@code channels}, {@code locales})
 * and code, in load order.
 * Copy-on-write: readers see immutable snapshots; stored nodes are never mutated once published.
 */
final class ReferenceStore {

	static final String CATEGORIES = "categories";

	private volatile Map<String, Map<String, ObjectNode>> collections = Map.of();

	private volatile Map<String, List<String>> childrenByParent = Map.of();

	static String familyVariantsPath(String family) {
		return "families/" + family + "/variants";
	}

	static String optionsPath(String attribute) {
		return "attributes/" + attribute + "/options";
	}

	synchronized void load(ReferenceJson json) {
		Map<String, Map<String, ObjectNode>> loaded = new LinkedHashMap<>();
		loaded.put("attributes", byCode(json.attributes()));
		json.options().forEach((attribute, options) -> loaded.put(optionsPath(attribute), byCode(options)));
		loaded.put(CATEGORIES, byCode(json.categories()));
		loaded.put("families", byCode(json.families()));
		loaded.put("channels", byCode(json.channels()));
		loaded.put("locales", byCode(json.locales()));
		json.familyVariants().forEach((family, variants) -> loaded.put(familyVariantsPath(family), byCode(variants)));
		publish(loaded);
	}

	Optional<List<ObjectNode>> list(String collection) {
		return Optional.ofNullable(collections.get(collection)).map(items -> List.copyOf(items.values()));
	}

	Optional<ObjectNode> item(String collection, String code) {
		return Optional.ofNullable(collections.getOrDefault(collection, Map.of()).get(code));
	}

	boolean categoryExists(String code) {
		return item(CATEGORIES, code).isPresent();
	}

	/** The given categories and all categories below them. */
	Set<String> withDescendants(Set<String> codes) {
		Map<String, List<String>> children = childrenByParent;
		Set<String> all = new HashSet<>(codes);
		Deque<String> pending = new ArrayDeque<>(codes);
		while (!pending.isEmpty()) {
			for (String child : children.getOrDefault(pending.pop(), List.of())) {
				if (all.add(child)) {
					pending.push(child);
				}
			}
		}
		return all;
	}

	Set<String> enabledLocales() {
		Set<String> enabled = new HashSet<>();
		list("locales").orElse(List.of()).stream().filter(l -> l.path("enabled").asBoolean())
			.forEach(l -> enabled.add(l.get("code").asString()));
		return enabled;
	}

	Set<String> channelCodes() {
		return Set.copyOf(collections.getOrDefault("channels", Map.of()).keySet());
	}

	/** Adds or replaces an item (by its {@code code}); returns the stored copy. */
	synchronized ObjectNode put(String collection, ObjectNode item) {
		ObjectNode stored = item.deepCopy();
		Map<String, Map<String, ObjectNode>> copy = new LinkedHashMap<>(collections);
		Map<String, ObjectNode> items = new LinkedHashMap<>(copy.getOrDefault(collection, Map.of()));
		items.put(stored.get("code").asString(), stored);
		copy.put(collection, items);
		publish(copy);
		return stored.deepCopy();
	}

	/** Removes the items with the given codes from a collection; unknown codes are ignored. */
	synchronized void remove(String collection, Set<String> codes) {
		Map<String, Map<String, ObjectNode>> copy = new LinkedHashMap<>(collections);
		Map<String, ObjectNode> items = new LinkedHashMap<>(copy.getOrDefault(collection, Map.of()));
		items.keySet().removeAll(codes);
		copy.put(collection, items);
		publish(copy);
	}

	synchronized ObjectNode update(String collection, String code, Consumer<ObjectNode> change) {
		ObjectNode changed = item(collection, code)
			.orElseThrow(() -> new IllegalArgumentException("unknown " + collection + " item " + code)).deepCopy();
		change.accept(changed);
		return put(collection, changed);
	}

	private void publish(Map<String, Map<String, ObjectNode>> loaded) {
		Map<String, List<String>> children = new HashMap<>();
		loaded.getOrDefault(CATEGORIES, Map.of()).values().forEach(category -> {
			if (category.path("parent").isString()) {
				children.computeIfAbsent(category.get("parent").asString(), p -> new ArrayList<>())
					.add(category.get("code").asString());
			}
		});
		childrenByParent = children;
		collections = loaded;
	}

	private static Map<String, ObjectNode> byCode(List<ObjectNode> items) {
		Map<String, ObjectNode> byCode = new LinkedHashMap<>();
		items.forEach(item -> byCode.put(item.get("code").asString(), item.deepCopy()));
		return byCode;
	}

}
