package com.akeneokhaos.notify;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Who hears about what ({@code sync.notify.*} in {@code jobs/jobs.yml}; addresses and secrets from the environment).
 * Both channels are off until switched on: then nothing is recorded or sent, and nothing fails.
 *
 * @param email e-mail over SMTP (the server is Spring's {@code spring.mail.*}: {@code SPRING_MAIL_HOST} and so on)
 * @param webhook a JSON POST to a URL (Slack and Teams incoming webhooks understand their formats)
 * @param consoleUrl the service's address as people reach it (e.g. {@code https://sync.example.com}), for links to the
 *        console; none when unset
 * @param longRun a run that takes longer than this is reported when it ends; {@code 0s} reports none
 * @param driftThreshold a reconciliation that finds more drift rows than this is reported
 * @param digest the merchandisers' digest of new exceptions
 * @param retry how often, and how far apart, a failed send is tried again
 * @param poll how often the service sends what is due (retries, and what a CLI run could not send)
 */
@Validated
@ConfigurationProperties("sync.notify")
public record NotifyProperties(@DefaultValue @Valid Email email, @DefaultValue @Valid Webhook webhook,
		@Nullable String consoleUrl, @DefaultValue("4h") Duration longRun, @DefaultValue("100") @Min(0) long driftThreshold,
		@DefaultValue @Valid Digest digest, @DefaultValue @Valid Retry retry, @DefaultValue("30s") Duration poll) {

	/** Whether any channel is on: without one, no notification is even recorded. */
	boolean anyChannel() {
		return email.enabled() || webhook.enabled();
	}

	/** Where the console shows this path, or null without {@code consoleUrl}. */
	@Nullable String link(String consolePath) {
		return (consoleUrl == null || consoleUrl.isBlank()) ? null : consoleUrl.replaceAll("/+$", "") + consolePath;
	}

	/**
	 * E-mail.
	 *
	 * @param enabled whether to send e-mail
	 * @param from the sender address
	 * @param to the addresses every notification goes to
	 */
	public record Email(@DefaultValue("false") boolean enabled, @Nullable String from, @DefaultValue List<String> to) {

		@AssertTrue(message = "sync.notify.email needs from (SYNC_NOTIFY_EMAIL_FROM) and at least one address in to "
				+ "(SYNC_NOTIFY_EMAIL_TO) when enabled")
		boolean isAddressed() {
			return !enabled || (from != null && !from.isBlank() && !to.isEmpty());
		}

	}

	/**
	 * A webhook.
	 *
	 * @param enabled whether to post to it
	 * @param url where to post (SYNC_NOTIFY_WEBHOOK_URL: it usually holds a secret)
	 * @param format the JSON shape: {@code generic}, {@code slack} or {@code teams}
	 * @param timeout how long one post may take
	 */
	public record Webhook(@DefaultValue("false") boolean enabled, @Nullable String url,
			@DefaultValue("generic") Format format, @DefaultValue("10s") Duration timeout) {

		@AssertTrue(message = "sync.notify.webhook.url (SYNC_NOTIFY_WEBHOOK_URL) must be an http(s) address when the "
				+ "webhook is enabled")
		boolean isAddressed() {
			return !enabled || (url != null && url.matches("(?i)https?://\\S+"));
		}

	}

	/** The JSON shapes a webhook can take. */
	public enum Format {

		/** {@code {"event", "kind", "subject", "lines", "link"}}. */
		GENERIC,

		/** A Slack incoming webhook's {@code {"text": ...}}. */
		SLACK,

		/** A Microsoft Teams incoming webhook's message card. */
		TEAMS

	}

	/**
	 * The digest.
	 *
	 * @param enabled whether to send it
	 * @param cron when (six fields, seconds first)
	 * @param zone the time zone the cron is read in
	 */
	public record Digest(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 7 * * *") String cron,
			@DefaultValue("Europe/London") ZoneId zone) {

		@AssertTrue(message = "sync.notify.digest.cron must be a cron of six fields, seconds first, e.g. 0 0 7 * * *")
		boolean isCronValid() {
			return CronExpression.isValidExpression(cron);
		}

	}

	/**
	 * Retries of a failed send.
	 *
	 * @param attempts how many times a notification is tried in all before it is marked failed
	 * @param delay the wait before the second attempt; each later one waits twice as long as the one before
	 */
	public record Retry(@DefaultValue("5") @Min(1) int attempts, @DefaultValue("30s") Duration delay) {
	}

}
