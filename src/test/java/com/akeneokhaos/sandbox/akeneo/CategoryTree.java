package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.akeneokhaos.sandbox.akeneo.Departments.Department;
import com.akeneokhaos.sandbox.akeneo.Departments.Sub;

import tools.jackson.databind.node.ObjectNode;

/**
 * The generated category trees ({@code master} and {@code print_catalogue}) in Akeneo's category shape,
 * parents before children, and the places a product can be classified.
 */
final class CategoryTree {

	/** A category a valid product may be classified in, with its department and family. */
	record Placement(String category, Department department) {
	}

	private static final long UPDATED_BASE = Json.epochSecond("2024-01-15T09:30:00+00:00");

	private final List<ObjectNode> categories = new ArrayList<>();

	private final List<Placement> placements = new ArrayList<>();

	private final List<String> longLabelPlacements = new ArrayList<>();

	private final Map<String, String> departmentOf = new HashMap<>();

	CategoryTree(boolean withLongLabelDepartment) {
		add(Departments.MASTER, null, "Master catalogue", "Catalogue principal");
		List<Department> departments = new ArrayList<>(Departments.STANDARD);
		if (withLongLabelDepartment) {
			departments.add(Departments.LONG_LABEL);
		}
		departments.forEach(d -> add(d.code(), Departments.MASTER, d.english(), d.french()));
		departments.forEach(this::addSubs);
		departments.forEach(this::addRanges);
		add(Departments.PRINT_TREE, null, "Print catalogue", "Catalogue papier");
		Departments.PRINT_SECTIONS.forEach(s -> add(s.code(), Departments.PRINT_TREE, s.english(), s.french()));
	}

	List<ObjectNode> json() {
		return categories;
	}

	Placement randomPlacement(Random random) {
		return placements.get(random.nextInt(placements.size()));
	}

	String randomLongLabelCategory(Random random) {
		return longLabelPlacements.get(random.nextInt(longLabelPlacements.size()));
	}

	/** The level-1 category above a level-2 or level-3 category. */
	String departmentOf(String category) {
		return departmentOf.get(category);
	}

	static String randomPrintSection(Random random) {
		return Departments.PRINT_SECTIONS.get(random.nextInt(Departments.PRINT_SECTIONS.size())).code();
	}

	private void addSubs(Department department) {
		for (Sub sub : department.subs()) {
			add(sub.code(), department.code(), sub.english(), sub.french());
			place(sub.code(), department);
		}
	}

	private void addRanges(Department department) {
		for (Sub sub : department.subs()) {
			for (Sub range : Departments.RANGES) {
				String code = sub.code() + "_" + range.code();
				add(code, sub.code(), sub.english() + " - " + range.english(), sub.french() + " - " + range.french());
				place(code, department);
			}
		}
	}

	private void place(String code, Department department) {
		departmentOf.put(code, department.code());
		if (department == Departments.LONG_LABEL) {
			longLabelPlacements.add(code);
		}
		else {
			placements.add(new Placement(code, department));
		}
	}

	private void add(String code, String parent, String english, String french) {
		ObjectNode category = Json.object();
		category.put("code", code);
		category.put("parent", parent);
		category.put("updated", Json.date(UPDATED_BASE + categories.size() * 3_600L));
		category.set("labels", Json.labels(english, french));
		categories.add(category);
	}

}
