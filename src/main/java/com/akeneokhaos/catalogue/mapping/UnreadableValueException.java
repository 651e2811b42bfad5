package com.akeneokhaos.catalogue.mapping;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/** An Akeneo value that cannot be read for its field; caught per field and reported as a violation. */
final class UnreadableValueException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Violation violation;

	UnreadableValueException(Rule rule, String field, String offendingValue, String message) {
		super(message, null, false, false);
		this.violation = Violation.of(rule, field, offendingValue, message);
	}

	Violation violation() {
		return violation;
	}

}
