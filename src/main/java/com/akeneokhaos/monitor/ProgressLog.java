package com.akeneokhaos.monitor;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.akeneokhaos.launch.RunTracker;

/**
 * Every {@code sync.progress.interval}, logs one line per execution running in this process (see
 * {@link ProgressLine}): nothing while nothing runs. The counts are those of the live execution, as of its last
 * committed chunk. For the jobs in {@code sync.progress.estimate-jobs} the line says about how much is left, taking
 * what the step read in the job's last completed run as the total. Runs on a daemon thread of its own, from when the
 * context starts until it stops.
 */
@Component
class ProgressLog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);

	private final RunTracker runs;

	private final ExpectedTotals totals;

	private final ProgressProperties properties;

	/** The estimate of each running step, looked up once: execution id and step name → total. */
	private final Map<String, Optional<Long>> estimates = new ConcurrentHashMap<>();

	private volatile @Nullable ScheduledExecutorService ticks;

	ProgressLog(RunTracker runs, ExpectedTotals totals, ProgressProperties properties) {
		this.runs = runs;
		this.totals = totals;
		this.properties = properties;
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "sync-progress");
			thread.setDaemon(true);
			return thread;
		});
		long period = properties.interval().toMillis();
		scheduler.scheduleWithFixedDelay(this::logRunning, period, period, TimeUnit.MILLISECONDS);
		ticks = scheduler;
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = ticks;
		if (scheduler != null) {
			scheduler.shutdownNow();
			ticks = null;
		}
	}

	@Override
	public boolean isRunning() {
		return ticks != null;
	}

	/** One line per running execution, oldest first. */
	void logRunning() {
		Collection<JobExecution> running = runs.running();
		forgetEstimatesOtherThan(running);
		running.stream().sorted(Comparator.comparing(JobExecution::getId)).forEach(this::logProgress);
	}

	/** A failure (the estimate's query, say) is logged; the next tick tries again. */
	private void logProgress(JobExecution execution) {
		try {
			log.info("Progress: {}", line(execution).text());
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell the progress of execution {}: {}", execution.getId(), ex.getMessage());
		}
	}

	private ProgressLine line(JobExecution execution) {
		String job = execution.getJobInstance().getJobName();
		StepExecution step = currentStep(execution);
		if (step == null) {
			return new ProgressLine(job, execution.getId(), null, 0, Duration.ZERO, null);
		}
		return new ProgressLine(job, execution.getId(), step.getStepName(), step.getReadCount(), elapsed(step),
				estimate(job, execution.getId(), step.getStepName()));
	}

	private static @Nullable StepExecution currentStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getEndTime() == null)
			.max(Comparator.comparing(StepExecution::getId))
			.orElse(null);
	}

	/** Since the step began; Batch records its times on the local clock. */
	private static Duration elapsed(StepExecution step) {
		LocalDateTime start = step.getStartTime();
		return (start != null) ? Duration.between(start, LocalDateTime.now()) : Duration.ZERO;
	}

	private @Nullable Long estimate(String job, long executionId, String step) {
		if (!properties.estimateJobs().contains(job)) {
			return null;
		}
		return estimates
			.computeIfAbsent(executionId + "/" + step,
					key -> totals.lastCompletedRead(job, step).filter(total -> total > 0))
			.orElse(null);
	}

	private void forgetEstimatesOtherThan(Collection<JobExecution> running) {
		Set<String> prefixes = running.stream().map(execution -> execution.getId() + "/").collect(Collectors.toSet());
		estimates.keySet().removeIf(key -> prefixes.stream().noneMatch(key::startsWith));
	}

}
