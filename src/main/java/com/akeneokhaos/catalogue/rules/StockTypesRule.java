package com.akeneokhaos.catalogue.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Both stock type rules together. When both stock types come from category levels and both are missing,
 * the product lacks a deep enough category: that is one problem with one fix, reported once as the
 * missing department with the level that gives both.
 */
final class StockTypesRule implements ItemRule {

	private final StockTypeRule department;

	private final StockTypeRule subDepartment;

	private final FieldSources sources;

	StockTypesRule(ValidationProperties properties, FieldSources sources) {
		this.department = StockTypeRule.department(properties, sources);
		this.subDepartment = StockTypeRule.subDepartment(properties, sources);
		this.sources = sources;
	}

	@Override
	public void check(ObjectNode item, List<Violation> violations) {
		List<Violation> found = new ArrayList<>();
		department.check(item, found);
		subDepartment.check(item, found);
		Optional<Integer> level1 = department.categoryLevel();
		Optional<Integer> level2 = subDepartment.categoryLevel();
		if (level1.isPresent() && level2.isPresent() && bothMissing(found)) {
			violations.add(Violation.of(Rule.STOCK_TYPE1_MISSING, "StockType1", null,
					"The product has no category under " + sources.tree() + " deep enough to give a Khaos department "
							+ "(StockType1) and sub-department (StockType2): classify it at level "
							+ Math.max(level1.get(), level2.get()) + " or below."));
			return;
		}
		violations.addAll(found);
	}

	private static boolean bothMissing(List<Violation> found) {
		return found.stream().map(Violation::rule).toList()
			.equals(List.of(Rule.STOCK_TYPE1_MISSING, Rule.STOCK_TYPE2_MISSING));
	}

}
