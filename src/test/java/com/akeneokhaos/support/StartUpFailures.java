package com.akeneokhaos.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.validation.ObjectError;

/** What a start-up stopped by a configuration property's validation reports, for the properties tests. */
public final class StartUpFailures {

	private StartUpFailures() {
	}

	/** The reasons Boot's failure analysis reports ("Reason: ...") for a start-up stopped by validation. */
	public static List<String> reasons(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
		assertThat(cause).isInstanceOf(BindValidationException.class);
		return ((BindValidationException) cause).getValidationErrors()
			.getAllErrors()
			.stream()
			.map(ObjectError::getDefaultMessage)
			.toList();
	}

}
