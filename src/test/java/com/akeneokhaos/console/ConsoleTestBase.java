package com.akeneokhaos.console;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service with its console, the admin and a viewer configured, on a database of its own per class, with the
 * Akeneo simulator and the KCC simulator polling its channel (on the Khaos sandbox's port). The scheduler is off:
 * every execution a test sees is one it started. Akeneo is retried once, so a run it breaks fails quickly.
 */
@EndToEnd(properties = { "sync.admin.username=" + ConsoleTestBase.ADMIN, "sync.admin.password=" + ConsoleTestBase.ADMIN_PASSWORD,
		"sync.admin.viewer-username=" + ConsoleTestBase.VIEWER,
		"sync.admin.viewer-password=" + ConsoleTestBase.VIEWER_PASSWORD, "sync.schedule.enabled=false",
		"sync.refresh.skip-limit=100", "akeneo.retry.max-retries=1", "akeneo.read-partitions=1",
		"sync.reconciliation.confirmation-grace=0s",
		"sync.reconciliation.report-dir=${java.io.tmpdir}/akeneo-khaos-console-reports" })
abstract class ConsoleTestBase extends EndToEndTestBase {

	static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

	static final String ADMIN = "console-admin";

	static final String ADMIN_PASSWORD = "admin-pässword-2";

	static final String VIEWER = "console-viewer";

	static final String VIEWER_PASSWORD = "viewer-password-2";

	@LocalServerPort
	int port;

	/** A logged-in console session of the admin, over plain HTTP. */
	ConsoleSession admin() {
		return ConsoleSession.loggedIn(port, ADMIN, ADMIN_PASSWORD);
	}

	/** A logged-in console session of the viewer, over plain HTTP. */
	ConsoleSession viewer() {
		return ConsoleSession.loggedIn(port, VIEWER, VIEWER_PASSWORD);
	}

	long executionCount() {
		return count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
	}

	/** The execution's status once it has ended, asking every 100 ms for up to two minutes. */
	String awaitEnd(long executionId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			String status = jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
				.param(executionId)
				.query(String.class)
				.single();
			if (!RUNNING.contains(status) || System.nanoTime() > deadline) {
				return status;
			}
			Thread.sleep(100);
		}
	}

}
