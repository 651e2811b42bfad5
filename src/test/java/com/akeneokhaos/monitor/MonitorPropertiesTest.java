package com.akeneokhaos.monitor;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class MonitorPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(MonitorPropertiesOnly.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(ProgressProperties.class)).isEqualTo(
					new ProgressProperties(Duration.ofSeconds(30), List.of("catalogue-refresh", "reconciliation")));
			assertThat(context.getBean(AkeneoHealthProperties.class))
				.isEqualTo(new AkeneoHealthProperties(Duration.ofSeconds(30), Duration.ofSeconds(5)));
		});
	}

	@Test
	void bindsWhatIsSet() {
		// given
		ApplicationContextRunner configured = runner.withPropertyValues("sync.progress.interval=200ms",
				"sync.progress.estimate-jobs=catalogue-refresh", "sync.health.akeneo.cache-for=0s");

		// when
		configured.run(context -> {
			// then
			assertThat(context.getBean(ProgressProperties.class))
				.isEqualTo(new ProgressProperties(Duration.ofMillis(200), List.of("catalogue-refresh")));
			assertThat(context.getBean(AkeneoHealthProperties.class).cacheFor()).isZero();
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sync.progress.interval       | 0s   | sync.progress.interval must be longer than 0
			sync.progress.interval       | -30s | sync.progress.interval must be longer than 0
			sync.health.akeneo.cache-for | -1s  | sync.health.akeneo.cache-for must not be negative
			sync.health.akeneo.timeout   | 0s   | sync.health.akeneo.timeout must be longer than 0
			""")
	void aValueOutOfRangeStopsStartUpWithOneLine(String property, String value, String problem) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues(property + "=" + value);

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly(problem);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ProgressProperties.class, AkeneoHealthProperties.class })
	static class MonitorPropertiesOnly {

	}

}
