package com.akeneokhaos.catalogue.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ValidationPropertiesOnly.class);

	@Test
	void bindsKhaosControlsOwnLimitsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(ValidationProperties.class))
				.isEqualTo(new ValidationProperties("[A-Za-z0-9._/-]+", 30, 250, 25, 100))
				.isEqualTo(ValidationProperties.defaults());
		});
	}

	@Test
	void theShippedJobsYmlShowsTheDefaults() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(fromJobsYml -> runner.run(fromRecord -> {
			// then
			assertThat(fromJobsYml.getEnvironment().containsProperty("sync.validation.stock-code-pattern")).isTrue();
			assertThat(fromJobsYml.getBean(ValidationProperties.class))
				.isEqualTo(fromRecord.getBean(ValidationProperties.class));
		}));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sync.validation.stock-code-pattern | [A-Z | must be a regular expression (Unclosed character class near index 3)
			sync.validation.stock-code-pattern | A{2  | must be a regular expression (Unclosed counted closure near index 3)
			sync.validation.stock-code-pattern | ''   | must not be blank
			sync.validation.stock-code-max-length        | 0  | must be at least 1
			sync.validation.short-description-max-length | 0  | must be at least 1
			sync.validation.stock-type1-max-length       | -1 | must be at least 1
			sync.validation.stock-type2-max-length       | 0  | must be at least 1
			""")
	void aLimitThatCannotBeCheckedStopsStartUpNamingTheProperty(String property, String value, String problem) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues(property + "=" + value);

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly(property + " " + problem);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ValidationProperties.class)
	static class ValidationPropertiesOnly {

	}

}
