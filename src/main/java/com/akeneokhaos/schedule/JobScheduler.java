package com.akeneokhaos.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import com.akeneokhaos.launch.CannotStartException;
import com.akeneokhaos.launch.DeadExecutions;
import com.akeneokhaos.launch.JobBusyException;
import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.schedule.ScheduleProperties.DeadExecutionPolicy;

/**
 * Starts each job when its cron says, in the service. Every instance of the service runs a scheduler; a firing
 * is started once in all ({@link Firings}: its time is the run's business key) and never while an execution of
 * the job runs anywhere (the job's lock, {@link JobLaunches}). A firing missed while the service was down is run
 * once on start (when {@code catch-up} is on); executions whose process died are marked failed and restarted or
 * left for a person, as each job's {@code on-dead-execution} says.
 */
public class JobScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	private final List<ScheduledJob> jobs;

	private final ScheduleProperties properties;

	private final JobLaunches launches;

	private final Firings firings;

	private final Clock clock;

	private final Map<String, Instant> due = new ConcurrentHashMap<>();

	private final SimpleAsyncTaskExecutor starters = new SimpleAsyncTaskExecutor("schedule-");

	private @Nullable ScheduledExecutorService ticks;

	private Instant nextDeadCheck = Instant.MIN;

	JobScheduler(ScheduleProperties properties, JobLaunches launches, Firings firings, Clock clock) {
		this.properties = properties;
		this.jobs = ScheduledJob.of(properties, launches.jobNames());
		this.launches = launches;
		this.firings = firings;
		this.clock = clock;
	}

	/** The job's schedule and when it is due next here; empty for a name that is no job. */
	public Optional<JobPlan> plan(String jobName) {
		return jobs.stream()
			.filter(job -> job.name().equals(jobName))
			.findFirst()
			.map(job -> new JobPlan(job.enabled(), job.cron().toString(), job.zone().getId(),
					job.onDeadExecution().name(), due.get(jobName)));
	}

	@Override
	public void start() {
		Instant now = clock.instant();
		for (ScheduledJob job : enabled()) {
			if (properties.catchUp()) {
				firings.latestRun(job.name())
					.flatMap(last -> job.latestMissed(last, now))
					.ifPresent(missed -> fire(job, missed, "catch-up for the firing missed at"));
			}
			schedule(job, now);
			log.info("{} runs at '{}' ({}), next at {}", job.name(), job.cron(), job.zone(), due.get(job.name()));
		}
		ticks = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "schedule-tick"));
		long period = properties.tick().toMillis();
		ticks.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (ticks != null) {
			ticks.shutdownNow();
			ticks = null;
		}
	}

	@Override
	public boolean isRunning() {
		return ticks != null;
	}

	private void tick() {
		try {
			Instant now = clock.instant();
			for (ScheduledJob job : enabled()) {
				Instant firing = due.get(job.name());
				if (firing != null && !now.isBefore(firing)) {
					schedule(job, now);
					fire(job, firing, "firing of");
				}
			}
			if (!now.isBefore(nextDeadCheck)) {
				nextDeadCheck = now.plus(properties.deadCheck());
				jobs.forEach(this::recoverDead);
			}
		}
		catch (RuntimeException ex) {
			log.error("The scheduler's look at what is due failed; it looks again in {}", properties.tick(), ex);
		}
	}

	private void schedule(ScheduledJob job, Instant now) {
		Instant next = job.nextAfter(now);
		if (next != null) {
			due.put(job.name(), next);
		}
		else {
			due.remove(job.name());
		}
	}

	private void fire(ScheduledJob job, Instant firing, String what) {
		starters.execute(() -> {
			try {
				launches.startOnce(job.name(), Firings.parameters(firing))
					.ifPresentOrElse(
							launch -> log.info("{} execution {} started: {} {}", job.name(), launch.execution().getId(),
									what, firing),
							() -> log.debug("{} {} {} was run by another instance", job.name(), what, firing));
			}
			catch (JobBusyException ex) {
				log.info("{} {} {} skipped: {}", job.name(), what, firing, ex.getMessage());
			}
			catch (CannotStartException ex) {
				log.warn("{} {} {} could not start: {}", job.name(), what, firing, String.join(" ", ex.lines()));
			}
			catch (RuntimeException ex) {
				log.error("{} {} {} could not start: {}", job.name(), what, firing, ex.getMessage(), ex);
			}
		});
	}

	private void recoverDead(ScheduledJob job) {
		boolean restart = job.onDeadExecution() == DeadExecutionPolicy.RESTART;
		DeadExecutions found = launches.recoverDead(job.name(), restart);
		found.recovered()
			.forEach(execution -> log.error("{} execution {} had lost its process and is marked FAILED{}", job.name(),
					execution.getId(), restart ? "; it is restarted" : "; restart it when ready: restart "
							+ execution.getId()));
		found.restarted()
			.ifPresent(launch -> log.info("{} execution {} restarts it", job.name(), launch.execution().getId()));
	}

	private List<ScheduledJob> enabled() {
		return jobs.stream().filter(ScheduledJob::enabled).toList();
	}

}
