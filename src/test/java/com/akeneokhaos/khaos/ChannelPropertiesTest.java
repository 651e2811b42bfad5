package com.akeneokhaos.khaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ChannelPropertiesOnly.class);

	@Test
	void bindsTheDefaultsWhenNothingIsSet() {
		// when
		runner.run(context -> {
			ChannelProperties properties = context.getBean(ChannelProperties.class);

			// then
			assertThat(properties.pageSize()).isEqualTo(1000);
			assertThat(properties.maxBodyBytes()).isEqualTo(DataSize.ofMegabytes(10));
			assertThat(properties.pathPrefix()).isEqualTo("/khaos");
			assertThat(properties.hasCredentials()).isFalse();
		});
	}

	@Test
	void theShippedApplicationYmlLeavesTheDefaultsToTheRecord() {
		// given
		ApplicationContextRunner shipped = runner.withInitializer(new ConfigDataApplicationContextInitializer());

		// when
		shipped.run(context -> {
			ChannelProperties properties = context.getBean(ChannelProperties.class);

			// then
			assertThat(properties.pageSize()).isEqualTo(1000);
			assertThat(properties.maxBodyBytes()).isEqualTo(DataSize.ofMegabytes(10));
			assertThat(properties.pathPrefix()).isEqualTo("/khaos");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			khaos.channel.page-size      | 0   | must be at least 1
			khaos.channel.page-size      | -5  | must be at least 1
			khaos.channel.max-body-bytes | 0B  | must be more than 0 bytes
			khaos.channel.max-body-bytes | -1  | must be more than 0 bytes
			""")
	void aValueTheChannelCannotWorkWithStopsStartUpNamingTheProperty(String property, String value, String problem) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues(property + "=" + value);

		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly(property + " " + problem);
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/khaos     | /khaos
			khaos/     | /khaos
			' /kcc/v1/ ' | /kcc/v1
			/          | ''
			''         | ''
			""")
	void thePathPrefixIsNormalised(String configured, String expected) {
		// given
		ApplicationContextRunner prefixed = runner.withPropertyValues("khaos.channel.path-prefix=" + configured);

		// when
		prefixed.run(context -> {
			// then
			assertThat(context.getBean(ChannelProperties.class).pathPrefix()).isEqualTo(expected);
		});
	}

	@Test
	void toStringNeverShowsThePassword() {
		// given
		ChannelProperties properties = new ChannelProperties("https://sync.example.com", "kcc", "hunter2", 1000,
				DataSize.ofMegabytes(10), "/khaos");

		// when
		String text = properties.toString();

		// then
		assertThat(text).contains("kcc", "https://sync.example.com").doesNotContain("hunter2");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ChannelProperties.class)
	static class ChannelPropertiesOnly {

	}

}
