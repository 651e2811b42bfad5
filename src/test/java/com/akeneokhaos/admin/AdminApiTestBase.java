package com.akeneokhaos.admin;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service on a random port, with the admin credentials and the Khaos channel's (different ones) set, a
 * database of its own per class, and the Akeneo simulator serving the catalogue each subclass declares. The
 * scheduler is off: every execution a test sees is one it started. Akeneo is retried once, so a run it breaks
 * fails quickly.
 */
@EndToEnd(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sync.admin.username=" + AdminApiTestBase.ADMIN_USER,
				"sync.admin.password=" + AdminApiTestBase.ADMIN_PASSWORD,
				"khaos.channel.username=" + AdminApiTestBase.CHANNEL_USER,
				"khaos.channel.password=" + AdminApiTestBase.CHANNEL_PASSWORD,
				"khaos.channel.public-base-url=https://sync.example.test/", "sync.schedule.enabled=false",
				"sync.refresh.skip-limit=100", "akeneo.retry.max-retries=1",
				"sync.reconciliation.report-dir=${java.io.tmpdir}/akeneo-khaos-admin-api-reports" })
abstract class AdminApiTestBase extends EndToEndTestBase {

	static final String ADMIN_USER = "ops-admin";

	static final String ADMIN_PASSWORD = "admin:pässword-1";

	static final String CHANNEL_USER = "kcc-channel";

	static final String CHANNEL_PASSWORD = "channel-password-1";

	static final String REFRESH = "/api/jobs/catalogue-refresh/executions";

	@LocalServerPort
	int port;

	/** A client with the admin credentials. */
	AdminClient admin() {
		return AdminClient.as(port, ADMIN_USER, ADMIN_PASSWORD);
	}

	/** The number of job executions there are. */
	long executionCount() {
		return count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
	}
}
