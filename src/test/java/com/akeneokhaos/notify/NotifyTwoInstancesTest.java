package com.akeneokhaos.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service instances on one database, both sending e-mail and both composing the digest every two seconds: each
 * digest firing is sent once, every new exception is in exactly one digest, a firing with nothing new sends nothing,
 * and of forty notifications recorded by both while both senders run, each reaches the mail server once.
 */
class NotifyTwoInstancesTest {

	@RegisterExtension
	static final GreenMailExtension SMTP = TestSmtp.server();

	@Test
	void twoInstancesSendEachNotificationOnce() throws Exception {
		try (AkeneoSandbox akeneo = AkeneoSandbox
			.start(CatalogueGenerator.generate(CatalogueSpec.of(2020L, 120).withDefectsSpreadEvenly(6)))) {
			// given
			TestDatabase.Coordinates db = TestDatabase.newDatabase("notify_two");
			try (ConfigurableApplicationContext first = start(db, akeneo);
					ConfigurableApplicationContext second = start(db, akeneo)) {
				// when: a refresh leaves exceptions for the digest both compose every two seconds
				var refresh = first.getBean(JobLaunches.class)
					.start("catalogue-refresh", new JobParametersBuilder().addLong("run.id", 1L).toJobParameters());
				assertThat(refresh.finished().get().getStatus()).isEqualTo(BatchStatus.COMPLETED);
				await().atMost(Duration.ofSeconds(30)).until(() -> subjects().size() >= 1);
				Thread.sleep(4_500);
				// then: one e-mail per digest firing, and between them every new exception once
				JdbcClient jdbc = jdbc(db);
				long digests = jdbc.sql("SELECT COUNT(*) FROM sync_notification WHERE kind = 'DIGEST'")
					.query(Long.class)
					.single();
				assertThat(subjects()).hasSize((int) digests).allSatisfy(subject -> assertThat(subject).contains("new item(s)"));
				long listed = Arrays.stream(SMTP.getReceivedMessages())
					.flatMap(message -> body(message).lines())
					.filter(line -> line.startsWith("- "))
					.count();
				assertThat(listed).isEqualTo(jdbc.sql("SELECT COUNT(DISTINCT item_key, rule_code) FROM sync_exception "
						+ "WHERE resolved_at IS NULL").query(Long.class).single());

				// when: forty events, each noticed by both instances
				List<Notification> events = IntStream.rangeClosed(1, 40)
					.mapToObj(i -> new Notification("test-event:" + i, Notification.Kind.RUN_LONG, "event " + i,
							List.of("line"), null, null))
					.toList();
				Thread other = new Thread(() -> events.forEach(second.getBean(Notifier.class)::notify));
				other.start();
				events.forEach(first.getBean(Notifier.class)::notify);
				other.join();
				// then
				await().atMost(Duration.ofSeconds(30)).until(() -> subjects().size() == digests + 40);
				Thread.sleep(1_000);
				assertThat(subjects()).hasSize((int) digests + 40)
					.filteredOn(subject -> subject.contains("] event "))
					.hasSize(40)
					.doesNotHaveDuplicates();
				assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_notification WHERE status = 'SENT' AND attempts = 1")
					.query(Long.class)
					.single()).isEqualTo(digests + 40);
			}
		}
	}

	private static List<String> subjects() {
		return new ArrayList<>(Arrays.stream(SMTP.getReceivedMessages()).map(NotifyTwoInstancesTest::subject).toList());
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase.Coordinates db, AkeneoSandbox akeneo) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--server.port=0", "--khaos.channel.public-base-url=http://localhost:1", "--sync.schedule.enabled=false",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP.getSmtp().getPort(),
				"--sync.notify.email.enabled=true", "--sync.notify.email.from=sync@example.test",
				"--sync.notify.email.to=ops@example.test", "--sync.notify.poll=50ms",
				"--sync.notify.digest.cron=*/2 * * * * *"));
		arguments.addAll(akeneo.arguments());
		return new SpringApplicationBuilder(AkeneoKhaosSyncApplication.class).run(arguments.toArray(String[]::new));
	}

	private static JdbcClient jdbc(TestDatabase.Coordinates db) {
		return JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
	}

}
