package com.akeneokhaos.jobs.reconcile;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.catalogue.mapping.Ownership;

/**
 * One mapped field whose value in Khaos differs from what the mapping makes of Akeneo: what reconciliation
 * reports as drift. The values are the texts as compared (normalised, a list as its elements joined with
 * {@code ", "}), cut to 200 characters with "…" so that a report can show them; {@code null} means the side
 * has no value. {@code owner} says whether the next publication puts the Akeneo value back ({@code ALWAYS})
 * or Khaos owns the field since the item was created ({@code ON_CREATE}).
 *
 * @param field the Khaos field path as in the mapping file ({@code SellPrice.Net},
 * {@code UserDefinedFields.Materials})
 * @param akeneoValue what the mapping makes of Akeneo now, or null when it makes no value
 * @param khaosValue what Khaos last uploaded, or null when Khaos holds no value
 */
record FieldDifference(String field, Ownership owner, @Nullable String akeneoValue, @Nullable String khaosValue) {

	FieldDifference {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(owner, "owner");
	}

}
