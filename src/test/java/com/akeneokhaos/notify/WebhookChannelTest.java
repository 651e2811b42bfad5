package com.akeneokhaos.notify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookChannelTest {

	private static final Notification FAILED = new Notification("run-failed:42", Notification.Kind.RUN_FAILED,
			"delta-sync execution 42 FAILED", List.of("delta-sync execution 42 ended FAILED.", "Restart it: restart 42"),
			"https://sync.example.test/console/executions/42", null);

	@Test
	void theGenericShapeCarriesTheEventKeySoAReceiverCanDropARepeat() {
		// when
		Map<String, Object> body = WebhookChannel.body(FAILED, NotifyProperties.Format.GENERIC);
		// then
		assertThat(body).containsEntry("event", "run-failed:42")
			.containsEntry("kind", "RUN_FAILED")
			.containsEntry("subject", "delta-sync execution 42 FAILED")
			.containsEntry("lines", FAILED.lines())
			.containsEntry("link", FAILED.link());
	}

	@Test
	void slackGetsOneTextWithTheSubjectInBoldAndTheLink() {
		// when
		Map<String, Object> body = WebhookChannel.body(FAILED, NotifyProperties.Format.SLACK);
		// then
		assertThat(body).containsOnlyKeys("text");
		assertThat(body.get("text")).isEqualTo("*delta-sync execution 42 FAILED*\ndelta-sync execution 42 ended FAILED.\n"
				+ "Restart it: restart 42\nhttps://sync.example.test/console/executions/42");
	}

	@Test
	void teamsGetsAMessageCardWithAButtonToTheConsole() {
		// when
		Map<String, Object> body = WebhookChannel.body(FAILED, NotifyProperties.Format.TEAMS);
		// then
		assertThat(body).containsEntry("@type", "MessageCard")
			.containsEntry("title", "delta-sync execution 42 FAILED")
			.containsEntry("text", "delta-sync execution 42 ended FAILED.\n\nRestart it: restart 42");
		assertThat(body.get("potentialAction").toString()).contains("OpenUri", FAILED.link());
	}

}
