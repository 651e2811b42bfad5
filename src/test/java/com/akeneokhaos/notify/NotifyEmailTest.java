package com.akeneokhaos.notify;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail through a real SMTP server (GreenMail): a failed run sends exactly one message (to both addresses) naming
 * the execution and how to restart it; the restart that completes it sends none.
 */
@TestPropertySource(properties = { "sync.notify.email.enabled=true", "sync.notify.email.from=sync@example.test",
		"sync.notify.email.to=ops@example.test,merch@example.test" })
class NotifyEmailTest extends NotifyTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1717L, 250).withDefectsSpreadEvenly(5);

	@RegisterExtension
	static final GreenMailExtension SMTP = TestSmtp.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestSmtp.register(registry, SMTP);
	}

	@Test
	void aFailedRunSendsOneEmailWithItsIdAndRestartCommandAndItsCompletedRestartNone() throws Exception {
		// given
		akeneo().failProductPagesFrom(2, 500);
		JobExecution failed;
		try {
			failed = refresh();
		}
		finally {
			akeneo().clearFaults();
		}
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// when
		await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 2);
		JobExecution restarted = restart(failed);
		// then
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> SMTP.getReceivedMessages().length == 2);
		MimeMessage[] messages = SMTP.getReceivedMessages();
		MimeMessage message = messages[0];
		assertThat(message.getAllRecipients()).extracting(Object::toString)
			.containsExactly("ops@example.test", "merch@example.test");
		assertThat(messages[1].getMessageID()).as("one message, in two mailboxes").isEqualTo(message.getMessageID());
		assertThat(message.getSubject())
			.isEqualTo("[akeneo-khaos-sync] catalogue-refresh execution " + failed.getId() + " FAILED");
		assertThat(message.getFrom()[0].toString()).isEqualTo("sync@example.test");
		assertThat((String) message.getContent()).contains("catalogue-refresh execution " + failed.getId())
			.contains("Why: ")
			.contains("java -jar akeneo-khaos-sync.jar restart " + failed.getId())
			.contains(CONSOLE + "/console/executions/" + failed.getId());
		assertThat(notifications()).containsExactly("email RUN_FAILED SENT 1");
	}

}
