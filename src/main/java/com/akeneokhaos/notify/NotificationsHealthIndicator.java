package com.akeneokhaos.notify;

import java.time.ZoneOffset;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The {@code notifications} health component: how many notifications wait to be sent, how many were given up after
 * their last attempt (with the latest error: never a webhook address), and since when the oldest waits. Always UP when
 * readable (a mail server outage must not take the Khaos channel out of service); watch {@code failed}.
 */
@Component("notifications")
class NotificationsHealthIndicator implements HealthIndicator {

	private final NotificationStore store;

	private final NotifyProperties properties;

	NotificationsHealthIndicator(NotificationStore store, NotifyProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	public Health health() {
		if (!properties.anyChannel()) {
			return Health.up().withDetail("channels", "none switched on").build();
		}
		try {
			NotificationStore.Figures figures = store.figures();
			return Health.up()
				.withDetail("pending", figures.pending())
				.withDetail("failed", figures.failed())
				.withDetail("sent", figures.sent())
				.withDetail("oldestPendingSince", (figures.oldestPending() != null)
						? figures.oldestPending().toInstant(ZoneOffset.UTC).toString() : "none")
				.withDetail("lastError", (figures.lastError() != null) ? figures.lastError() : "none")
				.build();
		}
		catch (DataAccessException ex) {
			return Health.unknown().withDetail("error", "cannot read the notifications: " + ex.getMessage()).build();
		}
	}

}
