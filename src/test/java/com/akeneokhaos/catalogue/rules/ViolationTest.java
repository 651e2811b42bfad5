package com.akeneokhaos.catalogue.rules;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationTest {

	@ParameterizedTest(name = "{0} characters → {1}")
	@CsvSource({ "0, 0", "200, 200", "201, 200", "5000, 200" })
	void keepsAtMost200CharactersOfTheOffendingValue(int length, int kept) {
		// given
		String value = "é".repeat(length);

		// when
		Violation violation = Violation.of(Rule.SHORT_DESCRIPTION_TOO_LONG, "ShortDescription", value, "Too long.");

		// then
		assertThat(violation.offendingValue()).hasSize(kept);
		assertThat(violation.offendingValue().endsWith("…")).isEqualTo(length > 200);
	}

}
