package com.akeneokhaos.launch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job locks in {@code sync_job_lock} (ShedLock's JDBC provider, timed by the database clock): at most one
 * process anywhere runs an execution of a job. Locks are named after the job and tagged with this process's
 * instance name, so a refusal can say who holds one.
 */
@Component
@EnableConfigurationProperties(LaunchProperties.class)
class JobLeases implements DisposableBean {

	static final String TABLE = "sync_job_lock";

	private final LockProvider locks;

	private final JdbcClient jdbc;

	private final Duration lease;

	private final String instance;

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "job-lease-renewal");
		thread.setDaemon(true);
		return thread;
	});

	JobLeases(DataSource dataSource, JdbcClient jdbc, LaunchProperties properties) {
		this.jdbc = jdbc;
		this.lease = properties.lease();
		this.instance = instanceName();
		this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(TABLE)
			.withLockedByValue(instance)
			.usingDbTime()
			.build());
	}

	/** The job's lock if nobody holds it, renewed until released. */
	Optional<JobLease> take(String jobName) {
		return locks.lock(new LockConfiguration(Instant.now(), jobName, lease, Duration.ZERO))
			.map(lock -> new JobLease(jobName, lock, lease, renewals));
	}

	/** Who holds the job's lock and until when, for a refusal message. */
	String holder(String jobName) {
		return jdbc.sql("SELECT CONCAT(locked_by, ' until ', DATE_FORMAT(lock_until, '%Y-%m-%d %H:%i:%s'), ' UTC') FROM "
				+ TABLE + " WHERE name = ?")
			.param(jobName)
			.query(String.class)
			.optional()
			.orElse("nobody");
	}

	/** Lets go of a lock whose holder an operator says is gone (a crashed or killed process). */
	void forceRelease(String jobName) {
		jdbc.sql("DELETE FROM " + TABLE + " WHERE name = ?").param(jobName).update();
	}

	String instance() {
		return instance;
	}

	@Override
	public void destroy() {
		renewals.shutdownNow();
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 6);
	}

}
