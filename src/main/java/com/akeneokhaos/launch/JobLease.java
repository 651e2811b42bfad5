package com.akeneokhaos.launch;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.SimpleLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job's lock, held by the process running one of its executions and renewed every third of the lease until
 * released. A process that dies stops renewing it, so it lapses after one lease.
 */
final class JobLease {

	private static final Logger log = LoggerFactory.getLogger(JobLease.class);

	private final String jobName;

	private final Duration lease;

	private final ScheduledFuture<?> renewal;

	private SimpleLock lock;

	private boolean held = true;

	JobLease(String jobName, SimpleLock lock, Duration lease, ScheduledExecutorService renewals) {
		this.jobName = jobName;
		this.lock = lock;
		this.lease = lease;
		long period = Math.max(lease.toMillis() / 3, 1);
		this.renewal = renewals.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
	}

	String jobName() {
		return jobName;
	}

	private synchronized void renew() {
		if (!held) {
			return;
		}
		Optional<SimpleLock> renewed = lock.extend(lease, Duration.ZERO);
		if (renewed.isPresent()) {
			lock = renewed.get();
			return;
		}
		log.warn("Lost the lock of {}: another process may start it while this run goes on", jobName);
		held = false;
		renewal.cancel(false);
	}

	synchronized void release() {
		if (!held) {
			return;
		}
		held = false;
		renewal.cancel(false);
		lock.unlock();
	}

}
