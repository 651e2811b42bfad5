package com.akeneokhaos.notify;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells people: records a notification once for each channel that is on (a second process noticing the same event
 * records nothing) and asks the sender to deliver it. Never throws: a notification that cannot even be recorded is
 * logged, and the job or schedule that noticed the event goes on.
 */
@Component
class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final List<NotificationChannel> channels;

	private final NotificationStore store;

	private final NotificationSender sender;

	Notifier(List<NotificationChannel> channels, NotificationStore store, NotificationSender sender) {
		this.channels = channels;
		this.store = store;
		this.sender = sender;
	}

	/** Records the notification for every channel that is on; how many rows it added. */
	int notify(Notification notification) {
		int recorded = 0;
		try {
			for (NotificationChannel channel : channels) {
				if (channel.enabled() && store.record(notification, channel.name())) {
					recorded++;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the notification '{}': {}", notification.subject(), ex.toString());
		}
		if (recorded > 0) {
			sender.sendSoon();
		}
		return recorded;
	}

}
