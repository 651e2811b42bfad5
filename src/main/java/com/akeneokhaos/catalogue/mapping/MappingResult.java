package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;

import com.akeneokhaos.problems.Violation;

/**
 * What mapping (and, through the facade, validation) made of one product: the stock item as far as it
 * could be mapped, and every problem found. The item may be published only when there are no problems;
 * a value that could not be read leaves its field out of the item and is reported here instead.
 */
public record MappingResult(MappedStockItem item, List<Violation> problems) {

	public MappingResult {
		problems = List.copyOf(problems);
	}

	/** Whether the item may go to Khaos. */
	public boolean accepted() {
		return problems.isEmpty();
	}

	/** The same item with more problems appended (for example the Khaos rule violations). */
	public MappingResult withProblems(List<Violation> more) {
		List<Violation> all = new ArrayList<>(problems);
		all.addAll(more);
		return new MappingResult(item, all);
	}

}
