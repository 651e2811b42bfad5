package com.akeneokhaos.jobs.delta;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(DeltaPropertiesOnly.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(DeltaProperties.class))
				.isEqualTo(new DeltaProperties(Duration.ofMinutes(5), 100, 1000));
		});
	}

	@Test
	void theShippedJobsYmlShowsTheDefaults() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(fromJobsYml -> runner.run(fromRecord -> {
			// then
			assertThat(fromJobsYml.getEnvironment().containsProperty("sync.delta.overlap")).isTrue();
			assertThat(fromJobsYml.getBean(DeltaProperties.class)).isEqualTo(fromRecord.getBean(DeltaProperties.class));
		}));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sync.delta.overlap    | -1m  | must not be negative
			sync.delta.chunk-size | 0    | must be between 1 and 1000
			sync.delta.chunk-size | 1001 | must be between 1 and 1000
			sync.delta.skip-limit | 0    | must be at least 1
			""")
	void aValueOutOfRangeStopsStartUpNamingTheProperty(String property, String value, String problem) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues(property + "=" + value);

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly(property + " " + problem);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DeltaProperties.class)
	static class DeltaPropertiesOnly {

	}

}
