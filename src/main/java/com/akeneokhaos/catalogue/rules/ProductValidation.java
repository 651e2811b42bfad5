package com.akeneokhaos.catalogue.rules;

import java.util.List;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.MappingResult;
import com.akeneokhaos.catalogue.mapping.StockItemMapper;
import com.akeneokhaos.problems.Violation;

/**
 * Maps and validates one product in a single call, for a job's processor: the result holds the stock item
 * and every problem (unreadable values first, then broken Khaos rules). Built once per run, because the
 * mapper needs that run's Akeneo reference data.
 */
public final class ProductValidation {

	private final StockItemMapper mapper;

	private final StockItemValidator validator;

	public ProductValidation(StockItemMapper mapper, StockItemValidator validator) {
		this.mapper = mapper;
		this.validator = validator;
	}

	/** Checks the mapping against Akeneo (throwing {@code MappingException}) and prepares the run. */
	public static ProductValidation forRun(CatalogueMapping mapping, ReferenceData reference,
			StockItemValidator validator) {
		return new ProductValidation(new StockItemMapper(mapping, reference), validator);
	}

	/** The mapped item with mapping problems and rule violations together; accepted when there are none. */
	public MappingResult mapAndValidate(AkeneoProduct product) {
		return mapAndValidate(product, false);
	}

	/** As {@link #mapAndValidate(AkeneoProduct)}; {@code creating} adds what Khaos needs to create it. */
	public MappingResult mapAndValidate(AkeneoProduct product, boolean creating) {
		MappingResult mapped = mapper.map(product);
		List<Violation> broken = creating ? validator.validateForCreate(mapped.item())
				: validator.validate(mapped.item());
		return mapped.withProblems(unreported(broken, mapped.problems()));
	}

	/** The broken rules whose field is not already reported as unreadable among {@code problems}. */
	public static List<Violation> unreported(List<Violation> broken, List<Violation> problems) {
		return broken.stream().filter(v -> !alreadyReported(v, problems)).toList();
	}

	/** A field left out because its value could not be read is reported once, as unreadable. */
	private static boolean alreadyReported(Violation violation, List<Violation> problems) {
		String field = violation.field();
		return field != null && problems.stream()
			.map(Violation::field)
			.anyMatch(problem -> problem != null && (problem.equals(field) || problem.startsWith(field + ".")));
	}

	public StockItemMapper mapper() {
		return mapper;
	}

}
