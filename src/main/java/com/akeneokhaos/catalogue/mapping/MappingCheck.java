package com.akeneokhaos.catalogue.mapping;

import java.util.function.Consumer;

import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Checks a mapping against the Akeneo catalogue at the start of a run: every attribute, locale, channel,
 * currency, unit and category tree it names exists and fits the Khaos field it feeds. Fields owned by
 * Khaos are checked too, since reconciliation reads them.
 */
final class MappingCheck {

	private final CatalogueMapping mapping;

	private final ReferenceData reference;

	private final AkeneoNames names;

	MappingCheck(CatalogueMapping mapping, ReferenceData reference) {
		this.mapping = mapping;
		this.reference = reference;
		this.names = new AkeneoNames(reference);
	}

	void check() {
		Problems problems = new Problems(mapping.origin());
		MappingDefaults defaults = mapping.defaults();
		names.checkLocale(defaults.locale(), message -> problems.general("defaults " + message));
		names.checkScope(defaults.scope(), message -> problems.general("defaults " + message));
		for (FieldMapping field : mapping.fields()) {
			Consumer<String> report = message -> problems.field(field.path(), message);
			if (field.source() instanceof Source.FromAttribute source) {
				new AttributeCheck(reference, defaults, report).check(field, source);
			}
			else if (field.source() instanceof Source.FromCategoryLevel source) {
				names.checkTree(defaults.categoryTree(), report);
				if (source.locale() != null) {
					names.checkLocale(source.locale(), report);
				}
			}
		}
		problems.throwIfAny();
	}

}
