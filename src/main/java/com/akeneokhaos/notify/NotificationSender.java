package com.akeneokhaos.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers recorded notifications: claims the due ones (locked, so another instance skips them), sends each on its
 * channel and records the outcome in the same transaction. A failed send is tried again after
 * {@code sync.notify.retry.delay}, twice as long each time, until {@code attempts} are spent; then it is marked
 * FAILED and shown in health. Sending runs on a thread of its own, never on a job's; when the process ends (a CLI
 * run, say) what is due is sent first.
 */
@Component
class NotificationSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	private static final int BATCH = 10;

	private final Map<String, NotificationChannel> channels;

	private final NotificationStore store;

	private final TransactionTemplate transactions;

	private final NotifyProperties.Retry retry;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread sender = new Thread(runnable, "notify-sender");
		sender.setDaemon(true);
		return sender;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	/** Whether this process recorded a notification that its last send did not get out. */
	private final AtomicBoolean unsent = new AtomicBoolean();

	NotificationSender(List<NotificationChannel> channels, NotificationStore store,
			PlatformTransactionManager transactionManager, NotifyProperties properties) {
		this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
		this.store = store;
		this.transactions = new TransactionTemplate(transactionManager);
		this.retry = properties.retry();
	}

	/** Sends what is due on the sender's thread, soon (a request while one is queued adds nothing). */
	void sendSoon() {
		unsent.set(true);
		if (queued.compareAndSet(false, true)) {
			thread.execute(() -> {
				queued.set(false);
				sendDue();
			});
		}
	}

	/** Sends every notification due now. */
	void sendDue() {
		try {
			int claimed;
			do {
				claimed = transactions.execute(status -> sendBatch());
			}
			while (claimed == BATCH);
			unsent.set(false);
		}
		catch (RuntimeException ex) {
			log.warn("Could not send notifications now (they stay due): {}", ex.toString());
		}
	}

	/** Claims one batch and sends it; how many it claimed. */
	private int sendBatch() {
		List<NotificationStore.Pending> due = store.claimDue(BATCH);
		due.forEach(this::deliver);
		return due.size();
	}

	private void deliver(NotificationStore.Pending pending) {
		NotificationChannel channel = channels.get(pending.channel());
		try {
			if (channel == null || !channel.enabled()) {
				throw new IllegalStateException("the " + pending.channel() + " channel is switched off");
			}
			channel.send(pending.notification());
			store.markSent(pending.id());
			log.info("Notification sent by {}: {}", pending.channel(), pending.notification().subject());
		}
		catch (RuntimeException ex) {
			Duration wait = nextWait(retry, pending.attempts());
			String error = NotDelivered.describe(ex);
			store.markFailed(pending.id(), error, wait);
			log.warn("Notification by {} not delivered (attempt {} of {}{}): {}: {}", pending.channel(),
					pending.attempts() + 1, retry.attempts(), (wait == null) ? ", given up" : ", next in " + wait,
					pending.notification().subject(), error);
		}
	}

	/** The wait before the next attempt, or null when the one just made was the last. */
	static @Nullable Duration nextWait(NotifyProperties.Retry retry, int attemptsBefore) {
		if (attemptsBefore + 1 >= retry.attempts()) {
			return null;
		}
		return retry.delay().multipliedBy(1L << Math.min(attemptsBefore, 20));
	}

	/**
	 * Before the process ends (a CLI run, say), lets a send under way finish and sends what this process recorded and
	 * has not got out yet; a process that recorded nothing does not touch the database here.
	 */
	@Override
	public void destroy() throws InterruptedException {
		thread.shutdown();
		thread.awaitTermination(30, TimeUnit.SECONDS);
		if (unsent.get()) {
			sendDue();
		}
	}

}
