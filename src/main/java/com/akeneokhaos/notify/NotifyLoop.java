package com.akeneokhaos.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The service's notification clock (not in a CLI run): every {@code sync.notify.poll} it sends what is due (retries,
 * and what another process recorded), and at each firing of the digest's cron it composes and records the digest.
 */
@Component
@ConditionalOnWebApplication
class NotifyLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotifyLoop.class);

	private final NotifyProperties properties;

	private final NotificationSender sender;

	private final Digest digest;

	private final Notifier notifier;

	private final Clock clock;

	private ScheduledExecutorService timer;

	private Instant nextDigest;

	NotifyLoop(NotifyProperties properties, NotificationSender sender, Digest digest, Notifier notifier, Clock clock) {
		this.properties = properties;
		this.sender = sender;
		this.digest = digest;
		this.notifier = notifier;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (!properties.anyChannel()) {
			return;
		}
		nextDigest = nextDigestAfter(clock.instant());
		timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "notify-loop");
			thread.setDaemon(true);
			return thread;
		});
		long every = properties.poll().toMillis();
		timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
		log.info("Notifications: by {}; digest {}", channels(), properties.digest().enabled() ? "next at " + nextDigest : "off");
	}

	void tick() {
		try {
			Instant now = clock.instant();
			if (properties.digest().enabled() && !now.isBefore(nextDigest)) {
				Instant firing = nextDigest;
				nextDigest = nextDigestAfter(now);
				digest.compose(firing).ifPresent(notifier::notify);
			}
			sender.sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Notifications: {}", ex.toString());
		}
	}

	private Instant nextDigestAfter(Instant time) {
		NotifyProperties.Digest schedule = properties.digest();
		ZonedDateTime next = CronExpression.parse(schedule.cron()).next(time.atZone(schedule.zone()));
		return (next != null) ? next.toInstant() : Instant.MAX;
	}

	private String channels() {
		return (properties.email().enabled() ? "e-mail " : "") + (properties.webhook().enabled() ? "webhook" : "");
	}

	@Override
	public void stop() {
		if (timer != null) {
			timer.shutdownNow();
			timer = null;
		}
	}

	@Override
	public boolean isRunning() {
		return timer != null;
	}

}
