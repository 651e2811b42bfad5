package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * A catalogue's reference data in Akeneo's JSON shapes; never handed out without copying. Family variants
 * (by family code) are empty unless the catalogue has product models.
 */
record ReferenceJson(List<ObjectNode> attributes, Map<String, List<ObjectNode>> options, List<ObjectNode> categories,
		List<ObjectNode> channels, List<ObjectNode> locales, List<ObjectNode> families,
		Map<String, List<ObjectNode>> familyVariants) {

	static ReferenceJson generate(CategoryTree tree) {
		return generate(tree, false);
	}

	/** With {@code withModels}, adds the axis attributes and options, the families' axes and the family variants. */
	static ReferenceJson generate(CategoryTree tree, boolean withModels) {
		List<ObjectNode> attributes = new ArrayList<>(AttributeCatalogue.attributes());
		Map<String, List<ObjectNode>> options = new LinkedHashMap<>(AttributeCatalogue.options());
		if (withModels) {
			attributes.addAll(AttributeCatalogue.axisAttributes());
			options.putAll(AttributeCatalogue.axisOptions());
		}
		return new ReferenceJson(attributes, options, tree.json(), ReferenceCatalogue.channels(),
				ReferenceCatalogue.locales(), ReferenceCatalogue.families(withModels),
				withModels ? VariantAxes.json() : Map.of());
	}

	/** Every node in a fixed order: attributes, options, categories, channels, locales, families, family variants. */
	List<ObjectNode> all() {
		List<ObjectNode> all = new ArrayList<>(attributes);
		options.values().forEach(all::addAll);
		all.addAll(categories);
		all.addAll(channels);
		all.addAll(locales);
		all.addAll(families);
		familyVariants.values().forEach(all::addAll);
		return all;
	}

	static List<ObjectNode> copy(List<ObjectNode> nodes) {
		return nodes.stream().map(ObjectNode::deepCopy).toList();
	}

}
