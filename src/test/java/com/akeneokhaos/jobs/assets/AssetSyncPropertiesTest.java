package com.akeneokhaos.jobs.assets;

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

class AssetSyncPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(AssetSyncPropertiesOnly.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(AssetSyncProperties.class))
				.isEqualTo(new AssetSyncProperties(100, 1000, Duration.ofMinutes(5)));
		});
	}

	@Test
	void theShippedJobsYmlShowsTheDefaults() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(fromJobsYml -> runner.run(fromRecord -> {
			// then
			assertThat(fromJobsYml.getEnvironment().containsProperty("sync.assets.overlap")).isTrue();
			assertThat(fromJobsYml.getBean(AssetSyncProperties.class))
				.isEqualTo(fromRecord.getBean(AssetSyncProperties.class));
		}));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sync.assets.chunk-size | 0    | must be between 1 and 1000
			sync.assets.chunk-size | 1001 | must be between 1 and 1000
			sync.assets.skip-limit | 0    | must be at least 1
			sync.assets.overlap    | -1m  | must not be negative
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
	@EnableConfigurationProperties(AssetSyncProperties.class)
	static class AssetSyncPropertiesOnly {

	}

}
