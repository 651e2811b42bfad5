package com.akeneokhaos.jobs.refresh;

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

class RefreshPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(RefreshPropertiesOnly.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(RefreshProperties.class))
				.isEqualTo(new RefreshProperties(100, 1000, Duration.ofMinutes(30), 0.2));
		});
	}

	@Test
	void theShippedJobsYmlShowsTheDefaults() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(fromJobsYml -> runner.run(fromRecord -> {
			// then
			assertThat(fromJobsYml.getEnvironment().containsProperty("sync.refresh.chunk-size")).isTrue();
			assertThat(fromJobsYml.getBean(RefreshProperties.class))
				.isEqualTo(fromRecord.getBean(RefreshProperties.class));
		}));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sync.refresh.chunk-size       | 0    | must be between 1 and 1000
			sync.refresh.chunk-size       | 1001 | must be between 1 and 1000
			sync.refresh.skip-limit       | 0    | must be at least 1
			sync.refresh.retire-max-share | -0.1 | must be between 0 and 1
			sync.refresh.retire-max-share | 1.5  | must be between 0 and 1
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
	@EnableConfigurationProperties(RefreshProperties.class)
	static class RefreshPropertiesOnly {

	}

}
