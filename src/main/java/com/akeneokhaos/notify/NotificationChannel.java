package com.akeneokhaos.notify;

/** A way of reaching people: e-mail or a webhook. */
interface NotificationChannel {

	/** Its name, as {@code sync_notification.channel} holds it. */
	String name();

	/** Whether it is switched on. */
	boolean enabled();

	/** Delivers the notification; throws when it was not delivered (it will be tried again). */
	void send(Notification notification);

}
