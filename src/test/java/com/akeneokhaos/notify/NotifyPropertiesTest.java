package com.akeneokhaos.notify;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(NotifyPropertiesOnly.class);

	@Test
	void nothingIsSwitchedOnUntilSomeoneDoes() {
		// when
		runner.run(context -> {
			NotifyProperties properties = context.getBean(NotifyProperties.class);
			// then
			assertThat(properties.anyChannel()).isFalse();
			assertThat(properties.webhook().format()).isEqualTo(NotifyProperties.Format.GENERIC);
			assertThat(properties.digest().cron()).isEqualTo("0 0 7 * * *");
			assertThat(properties.retry().attempts()).isEqualTo(5);
			assertThat(properties.retry().delay()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.link("/console")).isNull();
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			sync.notify.email.enabled=true         | sync.notify.email needs from (SYNC_NOTIFY_EMAIL_FROM) and at least one address in to (SYNC_NOTIFY_EMAIL_TO) when enabled
			sync.notify.webhook.enabled=true       | sync.notify.webhook.url (SYNC_NOTIFY_WEBHOOK_URL) must be an http(s) address when the webhook is enabled
			sync.notify.digest.cron=every morning  | sync.notify.digest.cron must be a cron of six fields, seconds first, e.g. 0 0 7 * * *
			""")
	void aSettingNoChannelCanWorkWithStopsStartUpWithOneSentence(String setting, String problem) {
		// given
		ApplicationContextRunner misconfigured = runner.withPropertyValues(setting);
		// when
		misconfigured.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly(problem);
		});
	}

	@Test
	void eMailSwitchedOnWithoutAMailServerStopsStartUpSayingWhatToSet() {
		// given
		ApplicationContextRunner withoutServer = runner.withUserConfiguration(EmailChannel.class)
			.withPropertyValues("sync.notify.email.enabled=true", "sync.notify.email.from=sync@example.test",
					"sync.notify.email.to=ops@example.test");
		// when
		withoutServer.run(context -> {
			// then
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage())
				.isEqualTo("sync.notify.email.enabled is true but no mail server is configured: set spring.mail.host "
						+ "(SPRING_MAIL_HOST), and spring.mail.port, username and password as it needs");
		});
	}

	@Test
	void linksPointAtTheConsoleOfTheConfiguredAddress() {
		// when
		runner.withPropertyValues("sync.notify.console-url=https://sync.example.com/").run(context -> {
			// then
			assertThat(context.getBean(NotifyProperties.class).link("/console/executions/4"))
				.isEqualTo("https://sync.example.com/console/executions/4");
		});
	}

	@Test
	void aFailedSendWaitsTwiceAsLongEachTimeUntilTheLastAttempt() {
		// given
		NotifyProperties.Retry retry = new NotifyProperties.Retry(4, Duration.ofSeconds(10));
		// when / then
		assertThat(NotificationSender.nextWait(retry, 0)).isEqualTo(Duration.ofSeconds(10));
		assertThat(NotificationSender.nextWait(retry, 1)).isEqualTo(Duration.ofSeconds(20));
		assertThat(NotificationSender.nextWait(retry, 2)).isEqualTo(Duration.ofSeconds(40));
		assertThat(NotificationSender.nextWait(retry, 3)).as("the fourth attempt was the last").isNull();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotifyProperties.class)
	static class NotifyPropertiesOnly {

	}

}
