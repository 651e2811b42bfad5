package com.akeneokhaos.akeneo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Akeneo family variant: how the products of a family are split into models and variants. Its
 * attribute sets are kept in level order (1, then 2); the axes of all levels are the headings of an SCS
 * parent in Khaos. Family variant codes are unique across families.
 */
public record FamilyVariant(String code, String family, List<VariantAttributeSet> sets, Map<String, String> labels) {

	public FamilyVariant {
		sets = sets.stream().sorted(Comparator.comparingInt(VariantAttributeSet::level)).toList();
		labels = Map.copyOf(labels);
	}

	/** The axes of every level, level 1 first, in Akeneo's order within a level. */
	public List<String> allAxes() {
		return sets.stream().flatMap(set -> set.axes().stream()).toList();
	}

	/** The axes level by level: level 1's, then level 2's if any. */
	public List<List<String>> axesByLevel() {
		return sets.stream().map(VariantAttributeSet::axes).toList();
	}

	/** The number of variant levels (1 or 2). */
	public int levels() {
		return sets.size();
	}

	/** The attribute set of a level, or empty when this family variant has no such level. */
	public Optional<VariantAttributeSet> level(int level) {
		return sets.stream().filter(set -> set.level() == level).findFirst();
	}

}
