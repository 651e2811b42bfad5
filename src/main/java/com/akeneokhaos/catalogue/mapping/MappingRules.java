package com.akeneokhaos.catalogue.mapping;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks across fields: what Khaos requires is mapped, and the parts of one Khaos list share an owner. */
final class MappingRules {

	private static final List<List<String>> REQUIRED = List.of(List.of("StockCode"), List.of("ShortDescription"),
			List.of("StockType1.Name", "StockType1.Code", "StockType1.ID"),
			List.of("StockType2.Name", "StockType2.Code", "StockType2.ID"));

	private final Problems problems;

	MappingRules(Problems problems) {
		this.problems = problems;
	}

	void check(MappingDefaults defaults, List<FieldMapping> fields) {
		Set<String> published = fields.stream()
			.filter(FieldMapping::published)
			.map(FieldMapping::path)
			.collect(Collectors.toSet());
		REQUIRED.stream()
			.filter(any -> any.stream().noneMatch(published::contains))
			.forEach(any -> problems.field(any.get(0), "is required by Khaos but not mapped (map "
					+ String.join(" or ", any) + ")"));
		fields.stream()
			.filter(field -> field.field().kind() == ValueKind.IMAGE)
			.forEach(field -> problems.field(field.path(), "goes to Khaos only with asset-url-sync, in a job of its own: "
					+ "list where images come from under 'images: sources:' instead (see jobs/README.md)"));
		if (defaults.categoryTree() == null) {
			fields.forEach(this::checkNoCategoryLevel);
		}
		checkUserDefinedOwners(fields);
	}

	private void checkNoCategoryLevel(FieldMapping field) {
		List<Source> sources = field.sources();
		for (int position = 0; position < sources.size(); position++) {
			if (sources.get(position) instanceof Source.FromCategoryLevel) {
				problems.field(field.path(), FallbackReader.name(position)
						+ "takes a category level, but defaults has no category-tree");
			}
		}
	}

	private void checkUserDefinedOwners(List<FieldMapping> fields) {
		List<FieldMapping> userDefined = fields.stream()
			.filter(FieldMapping::published)
			.filter(f -> f.field().kind() == ValueKind.USER_DEFINED)
			.toList();
		if (userDefined.isEmpty()) {
			return;
		}
		Ownership first = userDefined.get(0).owner();
		userDefined.stream()
			.filter(f -> f.owner() != first)
			.forEach(f -> problems.field(f.path(), "has owner '" + f.owner().word() + "' but '"
					+ userDefined.get(0).path() + "' has '" + first.word()
					+ "'; Khaos takes user-defined fields as one list, so give them all the same owner"));
	}

}
