package com.akeneokhaos.launch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Listens to every job of the suite (registered on each one as it is created): keeps the executions running in
 * this process, hands a launcher the execution it asked for as soon as it exists, and publishes
 * {@link RunFinished} when one ends.
 */
@Component
public final class RunTracker implements JobExecutionListener, BeanPostProcessor {

	private static final ThreadLocal<CompletableFuture<JobExecution>> LAUNCHING = new ThreadLocal<>();

	private final Map<Long, JobExecution> running = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	RunTracker(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(this);
		}
		return bean;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		running.put(execution.getId(), execution);
		CompletableFuture<JobExecution> launching = LAUNCHING.get();
		if (launching != null) {
			launching.complete(execution);
		}
	}

	@Override
	public void afterJob(JobExecution execution) {
		running.remove(execution.getId());
		events.publishEvent(new RunFinished(execution));
	}

	/** The executions running in this process now, as they stand in memory (counts of the current chunk). */
	public Collection<JobExecution> running() {
		return List.copyOf(running.values());
	}

	/** The live execution with this id, if it runs in this process. */
	public @Nullable JobExecution running(long executionId) {
		return running.get(executionId);
	}

	/** Runs {@code launch} on this thread, completing {@code created} with the execution once Batch created it. */
	static <T> T reporting(CompletableFuture<JobExecution> created, LaunchAction<T> launch) throws Exception {
		LAUNCHING.set(created);
		try {
			return launch.run();
		}
		finally {
			LAUNCHING.remove();
		}
	}

	/** What a launcher does on its thread. */
	@FunctionalInterface
	interface LaunchAction<T> {

		T run() throws Exception;

	}

}
