package com.akeneokhaos.catalogue.mapping;

import java.util.List;
import java.util.function.Consumer;

import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Checks a mapping against the Akeneo catalogue at the start of a run: every attribute, locale, channel,
 * currency, unit and category tree it names exists and fits the Khaos field it feeds, fallbacks included.
 * Fields owned by Khaos are checked too, since reconciliation reads them.
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
			List<Source> sources = field.sources();
			for (int position = 0; position < sources.size(); position++) {
				String name = FallbackReader.name(position);
				check(field, sources.get(position), message -> problems.field(field.path(), name + message));
			}
		}
		problems.throwIfAny();
	}

	private void check(FieldMapping field, Source source, Consumer<String> report) {
		if (source instanceof Source.FromAttribute attribute) {
			new AttributeCheck(reference, mapping.defaults(), report).check(field, attribute);
		}
		else if (source instanceof Source.FromCategoryLevel level) {
			names.checkTree(mapping.defaults().categoryTree(), report);
			if (level.locale() != null) {
				names.checkLocale(level.locale(), report);
			}
		}
	}

}
