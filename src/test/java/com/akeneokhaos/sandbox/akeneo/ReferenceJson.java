package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/** A catalogue's reference data in Akeneo's JSON shapes; never handed out without copying. */
record ReferenceJson(List<ObjectNode> attributes, Map<String, List<ObjectNode>> options, List<ObjectNode> categories,
		List<ObjectNode> channels, List<ObjectNode> locales, List<ObjectNode> families) {

	static ReferenceJson generate(CategoryTree tree) {
		return new ReferenceJson(AttributeCatalogue.attributes(), AttributeCatalogue.options(), tree.json(),
				ReferenceCatalogue.channels(), ReferenceCatalogue.locales(), ReferenceCatalogue.families());
	}

	/** Every node in a fixed order: attributes, options, categories, channels, locales, families. */
	List<ObjectNode> all() {
		List<ObjectNode> all = new ArrayList<>(attributes);
		options.values().forEach(all::addAll);
		all.addAll(categories);
		all.addAll(channels);
		all.addAll(locales);
		all.addAll(families);
		return all;
	}

	static List<ObjectNode> copy(List<ObjectNode> nodes) {
		return nodes.stream().map(ObjectNode::deepCopy).toList();
	}

}
