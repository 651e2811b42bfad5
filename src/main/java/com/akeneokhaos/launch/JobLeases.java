package com.akeneokhaos.launch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job locks in {@code sync_job_lock} (ShedLock's JDBC provider, timed by the database clock): at most one
 * process anywhere runs an execution of a job. Locks are named after the job and tagged with this instance's name,
 * {@code host/pid/id}, so a refusal can say who holds one and a lock of a dead process of this machine is known.
 */
@Component
@EnableConfigurationProperties(LaunchProperties.class)
class JobLeases implements DisposableBean {

	static final String TABLE = "sync_job_lock";

	/** Makes a lock lapse now (the row stays: ShedLock takes a known lock by updating its row). */
	private static final String LAPSE = "UPDATE " + TABLE + " SET lock_until = UTC_TIMESTAMP(3) WHERE name = ?";

	private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

	private static final String HOST = hostName();

	/** The instances (application contexts) of this JVM: several run in one JVM in tests. */
	private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

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
		this.instance = HOST + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 6);
		LIVE.add(instance);
		this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(TABLE)
			.withLockedByValue(instance)
			.usingDbTime()
			.build());
	}

	/**
	 * The job's lock if nobody holds it, renewed until released. A lock held by a process of this machine that is
	 * gone (crashed, killed) is taken over at once instead of after it lapses.
	 */
	Optional<JobLease> take(String jobName) {
		Optional<JobLease> taken = tryTake(jobName);
		if (taken.isEmpty() && releaseIfHolderGone(jobName)) {
			taken = tryTake(jobName);
		}
		return taken;
	}

	private Optional<JobLease> tryTake(String jobName) {
		return locks.lock(new LockConfiguration(Instant.now(), jobName, lease, Duration.ZERO))
			.map(lock -> new JobLease(jobName, lock, lease, renewals));
	}

	private boolean releaseIfHolderGone(String jobName) {
		Optional<String> holder = jdbc
			.sql("SELECT locked_by FROM " + TABLE + " WHERE name = ? AND lock_until > UTC_TIMESTAMP(3)")
			.param(jobName)
			.query(String.class)
			.optional();
		if (holder.isEmpty() || !gone(holder.get(), HOST, ProcessHandle.current().pid(), LIVE)) {
			return false;
		}
		log.info("The lock of {} was held by {}, a process of this machine that is gone: taken over", jobName,
				holder.get());
		return jdbc.sql(LAPSE + " AND locked_by = ?").params(jobName, holder.get()).update() == 1;
	}

	/**
	 * Whether the process a lock names ({@code host/pid/id}) is known to be gone: it ran on this machine and its
	 * pid runs no more, or it had this JVM's pid but is none of the instances living in it (an earlier process of a
	 * restarted container). A process of another machine is never known to be gone: its lock lapses instead.
	 */
	static boolean gone(String lockedBy, String host, long pid, Set<String> liveInThisJvm) {
		String[] parts = lockedBy.split("/");
		if (parts.length != 3 || !parts[0].equals(host) || !parts[1].matches("\\d{1,18}")) {
			return false;
		}
		long holderPid = Long.parseLong(parts[1]);
		if (holderPid == pid) {
			return !liveInThisJvm.contains(lockedBy);
		}
		return ProcessHandle.of(holderPid).map(process -> !process.isAlive()).orElse(true);
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
		jdbc.sql(LAPSE).param(jobName).update();
	}

	String instance() {
		return instance;
	}

	@Override
	public void destroy() {
		LIVE.remove(instance);
		renewals.shutdownNow();
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

}
