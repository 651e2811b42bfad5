package com.akeneokhaos.catalogue.mapping;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Where the value of a mapped Khaos field comes from: an Akeneo attribute, a level of the product's
 * category path, or a constant written in the mapping file. Optional parts left null fall back to the
 * mapping's defaults. A field may look in several sources in turn: see {@link FieldMapping#fallbacks()}.
 */
public sealed interface Source {

	/** Whether a select or category is sent as its code or as its label in the locale. */
	enum Show {

		CODE, LABEL

	}

	/** The value of an Akeneo attribute, chosen by locale and scope, converted for the Khaos field. */
	record FromAttribute(String attribute, @Nullable String locale, @Nullable String scope, @Nullable String currency,
			@Nullable String unit, Show show) implements Source {
	}

	/** The label (or code) of the level-N ancestor of the product's deepest category in the tree. */
	record FromCategoryLevel(int level, @Nullable String locale, Show show) implements Source {
	}

	/** The same value for every product. */
	record Constant(JsonNode value) implements Source {

		public Constant {
			value = value.deepCopy();
		}

	}

}
