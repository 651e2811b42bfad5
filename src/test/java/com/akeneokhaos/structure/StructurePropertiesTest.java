package com.akeneokhaos.structure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;

import com.akeneokhaos.structure.StructureProperties.SimpleToVariant;
import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class StructurePropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(StructureConfiguration.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(StructureProperties.class))
				.isEqualTo(new StructureProperties(SimpleToVariant.RELINK, "-OLD"));
		});
	}

	@Test
	void theShippedJobsYmlShowsTheDefaults() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(fromJobsYml -> runner.run(fromRecord -> {
			// then
			assertThat(fromJobsYml.getEnvironment().containsProperty("sync.structure.freed-code-suffix")).isTrue();
			assertThat(fromJobsYml.getBean(StructureProperties.class))
				.isEqualTo(fromRecord.getBean(StructureProperties.class));
		}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "-OLD ", "~OLD", "-TOO-LONG-1", "-ÖLD" })
	void aSuffixNoStockCodeCouldHoldStopsStartUpNamingTheSetting(String suffix) {
		// given (set as is: withPropertyValues would strip the spaces under test)
		ApplicationContextRunner misconfigured = runner.withInitializer(
				context -> TestPropertyValues.of(Map.of("sync.structure.freed-code-suffix", suffix)).applyTo(context));

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly("sync.structure.freed-code-suffix must be 1 "
					+ "to 10 letters, digits or any of . _ / - (characters every Khaos stock code may hold)");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "-OLD", "_X", ".RETIRED", "/1" })
	void aSuffixOfStockCodeCharactersIsTaken(String suffix) {
		// given
		ApplicationContextRunner configured = runner.withPropertyValues("sync.structure.simple-to-variant=replace",
				"sync.structure.freed-code-suffix=" + suffix);

		// when
		configured.run(context -> {
			// then
			assertThat(context.getBean(StructureProperties.class))
				.isEqualTo(new StructureProperties(SimpleToVariant.REPLACE, suffix));
		});
	}

}
