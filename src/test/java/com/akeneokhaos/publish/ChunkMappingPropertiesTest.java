package com.akeneokhaos.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkMappingPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Binding.class);

	@Test
	void theShippedJobsYmlShowsTheDefault() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(context -> {
			// then
			assertThat(context.getEnvironment().containsProperty("sync.chunk-mapping.threads")).isTrue();
			assertThat(context.getBean(ChunkMappingProperties.class)).isEqualTo(new ChunkMappingProperties(0));
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 64 })
	void aNumberOfThreadsIsTakenAsIs(int threads) {
		// given
		ApplicationContextRunner configured = runner.withPropertyValues("sync.chunk-mapping.threads=" + threads);

		// when
		configured.run(context -> {
			// then
			assertThat(context.getBean(ChunkMappingProperties.class).threadsHere()).isEqualTo(threads);
		});
	}

	@Test
	void noneSetIsOnePerCore() {
		// when
		runner.run(context -> {
			// then
			assertThat(context.getBean(ChunkMappingProperties.class).threadsHere())
				.isEqualTo(Runtime.getRuntime().availableProcessors());
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "65" })
	void aNumberOutOfRangeStopsStartUpWithOneLine(String threads) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues("sync.chunk-mapping.threads=" + threads);

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context))
				.containsExactly("sync.chunk-mapping.threads must be between 1 and 64, or 0 for one per core");
		});
	}

	@EnableConfigurationProperties(ChunkMappingProperties.class)
	static class Binding {

	}

}
