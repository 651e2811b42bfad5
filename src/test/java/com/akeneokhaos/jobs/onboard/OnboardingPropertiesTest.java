package com.akeneokhaos.jobs.onboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.support.StartUpFailures;
import com.akeneokhaos.writeback.WriteBackProperties;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(OnboardingPropertiesOnly.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(OnboardingProperties.class)).isEqualTo(new OnboardingProperties(100, 1000,
					Duration.ofMinutes(30), Duration.ZERO, Duration.ofSeconds(10)));
			assertThat(context.getBean(WriteBackProperties.class)).isEqualTo(new WriteBackProperties("khaos_status",
					"khaos_message", Set.of("sku-onboarding"), new WriteBackProperties.Release(true, List.of(), Map.of())));
		});
	}

	@Test
	void theShippedJobsYmlShowsTheDefaults() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(fromJobsYml -> runner.run(fromRecord -> {
			// then
			assertThat(fromJobsYml.getEnvironment().containsProperty("sync.onboarding.confirmation-grace")).isTrue();
			assertThat(fromJobsYml.getEnvironment().containsProperty("sync.write-back.status-attribute")).isTrue();
			assertThat(fromJobsYml.getBean(OnboardingProperties.class))
				.isEqualTo(fromRecord.getBean(OnboardingProperties.class));
			assertThat(fromJobsYml.getBean(WriteBackProperties.class))
				.isEqualTo(fromRecord.getBean(WriteBackProperties.class));
		}));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sync.onboarding.chunk-size         | 0           | must be between 1 and 1000
			sync.onboarding.skip-limit         | 0           | must be at least 1
			sync.onboarding.confirmation-grace | -1m         | must not be negative
			sync.onboarding.await-confirmation | -1s         | must not be negative
			sync.onboarding.poll-interval      | 0s          | must be at least 10ms
			sync.write-back.status-attribute   | khaos-state | must be an Akeneo attribute code (letters, digits and underscores)
			sync.write-back.jobs               | reconciliation | may list sku-onboarding, catalogue-refresh and delta-sync
			""")
	void aValueOutOfRangeStopsStartUpNamingTheProperty(String property, String value, String problem) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues(property + "=" + value);

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).singleElement().asString().endsWith(problem);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ OnboardingProperties.class, WriteBackProperties.class })
	static class OnboardingPropertiesOnly {

	}

}
