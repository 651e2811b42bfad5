package com.akeneokhaos.catalogue.mapping;

import java.util.List;

/**
 * The mapping file is wrong: it does not parse, names an unknown Khaos field or Akeneo attribute, or
 * asks for something the field or attribute cannot do. Each problem is one line that names the file
 * and the field, so the operator can fix it without reading code. Thrown at start-up or run start,
 * never per product.
 */
public class MappingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<String> problems;

	public MappingException(List<String> problems) {
		super(String.join("\n", problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A mapping exception needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public MappingException(String problem) {
		this(List.of(problem));
	}

	/** One line per problem, each starting with the file name. */
	public List<String> problems() {
		return problems;
	}

}
