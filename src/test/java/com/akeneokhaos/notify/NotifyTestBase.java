package com.akeneokhaos.notify;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service with notifications switched on by each subclass, retried and polled quickly (200 ms, doubling; the
 * loop looks every 100 ms), links to the console at a made-up address, on a database of its own, with the Akeneo
 * and KCC simulators. The scheduler and the digest's own clock are off: every run and digest a test sees is one it
 * started.
 */
@EndToEnd(properties = { "sync.schedule.enabled=false", "akeneo.retry.max-retries=1", "akeneo.read-partitions=1",
		"sync.notify.retry.delay=200ms", "sync.notify.poll=100ms", "sync.notify.digest.enabled=false",
		"sync.notify.console-url=" + NotifyTestBase.CONSOLE })
abstract class NotifyTestBase extends EndToEndTestBase {

	static final String CONSOLE = "https://sync.example.test";

	/** The rows of {@code sync_notification}: "channel kind status attempts". */
	java.util.List<String> notifications() {
		return jdbc.sql("SELECT CONCAT(channel, ' ', kind, ' ', status, ' ', attempts) FROM sync_notification ORDER BY id")
			.query(String.class)
			.list();
	}

}
