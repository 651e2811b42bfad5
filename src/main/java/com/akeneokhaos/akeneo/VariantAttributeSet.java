package com.akeneokhaos.akeneo;

import java.util.List;

/**
 * One enrichment level of a {@link FamilyVariant}: its level (1 or 2), the attributes that are its variant
 * axes and the attributes set at that level.
 */
record VariantAttributeSet(int level, List<String> axes, List<String> attributes) {

	public VariantAttributeSet {
		axes = List.copyOf(axes);
		attributes = List.copyOf(attributes);
	}

}
