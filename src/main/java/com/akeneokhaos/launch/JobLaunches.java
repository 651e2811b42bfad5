package com.akeneokhaos.launch;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and stops executions for every caller (the CLI, the scheduler, the admin API), each run
 * under its job's lock ({@link JobLeases}): an execution of a job is never started while another runs anywhere.
 * Holding the lock also tells that an execution of the job still marked running has lost its process (the lock
 * would be held otherwise): such executions are marked failed before anything starts, with the reason, so they
 * can be restarted.
 */
@Component
public class JobLaunches {

	private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

	private final Map<String, Job> jobs;

	private final JobOperator operator;

	private final JobRepository repository;

	private final JobLeases leases;

	private final AkeneoPreflight preflight;

	private final SimpleAsyncTaskExecutor runs = new SimpleAsyncTaskExecutor("run-");

	private final ApplicationEventPublisher events;

	JobLaunches(List<Job> jobs, JobOperator operator, JobRepository repository, JobLeases leases,
			AkeneoPreflight preflight, ApplicationEventPublisher events) {
		this.events = events;
		this.jobs = jobs.stream()
			.collect(Collectors.toMap(Job::getName, Function.identity(), (first, second) -> first, TreeMap::new));
		this.operator = operator;
		this.repository = repository;
		this.leases = leases;
		this.preflight = preflight;
	}

	/** Whether an execution of the job is marked running (starting, started or stopping) anywhere. */
	public boolean running(String jobName) {
		return !repository.findRunningJobExecutions(jobName).isEmpty();
	}

	/** The names of the suite's jobs, in name order. */
	public SortedSet<String> jobNames() {
		return new TreeSet<>(jobs.keySet());
	}

	/**
	 * Starts a new instance of the job with these parameters.
	 * @throws IllegalArgumentException the job is unknown or the parameters are refused
	 * @throws JobBusyException an execution of the job runs somewhere
	 * @throws CannotStartException a setting is wrong or Akeneo cannot be reached
	 */
	public Launch start(String jobName, JobParameters parameters) {
		Job job = job(jobName);
		preflight.check(jobName);
		JobLease lease = lease(jobName);
		return launch(lease, () -> operator.start(job, parameters));
	}

	/**
	 * Starts the job with these parameters unless an instance with them exists already (a firing of the schedule
	 * that another process ran): the parameters are the run's business key.
	 */
	public Optional<Launch> startOnce(String jobName, JobParameters parameters) {
		Job job = job(jobName);
		preflight.check(jobName);
		JobLease lease = lease(jobName);
		if (holding(lease, () -> repository.getJobInstance(jobName, parameters)) != null) {
			lease.release();
			return Optional.empty();
		}
		return Optional.of(launch(lease, () -> operator.start(job, parameters)));
	}

	/**
	 * Restarts a failed or stopped execution from where it stopped. One still marked running is restarted too once
	 * its job's lock shows its process is gone; {@code afterCrash} says so before the lock lapses (an operator
	 * knows the process was killed).
	 */
	public Launch restart(long executionId, boolean afterCrash) {
		JobExecution execution = execution(executionId);
		String jobName = execution.getJobInstance().getJobName();
		if (afterCrash) {
			leases.forceRelease(jobName);
		}
		preflight.check(jobName);
		JobLease lease = lease(jobName);
		JobExecution current = holding(lease, () -> execution(executionId));
		return launch(lease, () -> restartOf(current));
	}

	/**
	 * Asks a running execution, in this process or another, to stop after its current chunk: it is marked STOPPING;
	 * its step sees that when it next saves its counts, commits that chunk and ends STOPPED, restartable from there.
	 * (Not {@code JobOperator.stop}: in Batch 6.0 it also saves the running step execution from the caller's
	 * thread, which races with the step's own chunk commit and fails the run instead of stopping it; Spring Batch
	 * issues 5120, 5308, 5484.)
	 * @throws IllegalStateException it is not running, or changed while being stopped
	 */
	public JobExecution stop(long executionId) {
		JobExecution execution = execution(executionId);
		if (!execution.isRunning()) {
			throw new IllegalStateException("execution " + executionId + " is not running (" + execution.getStatus()
					+ ")");
		}
		execution.setStatus(BatchStatus.STOPPING);
		try {
			repository.update(execution);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new IllegalStateException("execution " + executionId + " changed while it was being stopped ("
					+ execution(executionId).getStatus() + "); ask again if it still runs", ex);
		}
		return execution;
	}

	/**
	 * Marks failed the job's executions still marked running whose process is gone (nobody holds the job's lock);
	 * with {@code restart}, restarts the latest of them. Nothing happens while the lock is held, and the lock is only
	 * asked for when an execution of the job is marked running.
	 */
	public DeadExecutions recoverDead(String jobName, boolean restart) {
		if (!running(jobName)) {
			return DeadExecutions.NONE;
		}
		Optional<JobLease> taken = leases.take(jobName);
		if (taken.isEmpty()) {
			return DeadExecutions.NONE;
		}
		List<JobExecution> dead = holding(taken.get(), () -> markDead(jobName));
		if (!restart || dead.isEmpty()) {
			taken.get().release();
			return new DeadExecutions(dead, Optional.empty());
		}
		JobExecution latest = dead.get(dead.size() - 1);
		return new DeadExecutions(dead, Optional.of(launch(taken.get(), () -> restartOf(latest))));
	}

	/** The execution with this id; Batch 6.0 throws instead of answering null when there is none. */
	public JobExecution execution(long executionId) {
		JobExecution execution;
		try {
			execution = repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new IllegalArgumentException("there is no execution " + executionId);
		}
		return execution;
	}

	private Job job(String jobName) {
		Job job = jobs.get(jobName);
		if (job == null) {
			throw new IllegalArgumentException("unknown job '" + jobName + "', known jobs: " + jobs.keySet());
		}
		return job;
	}

	/** The job's lock; executions of the job still marked running are dead once it is ours. */
	private JobLease lease(String jobName) {
		JobLease lease = leases.take(jobName).orElseThrow(() -> new JobBusyException(jobName, leases.holder(jobName)));
		holding(lease, () -> markDead(jobName));
		return lease;
	}

	/** What is done under a lock before the run takes it over: a failure lets the lock go. */
	private static <T> T holding(JobLease lease, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (RuntimeException ex) {
			lease.release();
			throw ex;
		}
	}

	private List<JobExecution> markDead(String jobName) {
		List<JobExecution> dead = repository.findRunningJobExecutions(jobName)
			.stream()
			.sorted(Comparator.comparing(JobExecution::getId))
			.toList();
		for (JobExecution execution : dead) {
			operator.recover(execution);
			execution.setExitStatus(ExitStatus.FAILED.addExitDescription("The process running it stopped without "
					+ "ending it (its lock lapsed); marked failed by " + leases.instance() + ". Restart it to go on."));
			repository.update(execution);
			log.warn("{} execution {} had lost its process: marked FAILED", jobName, execution.getId());
			events.publishEvent(new RunFinished(execution));
		}
		return dead;
	}

	private JobExecution restartOf(JobExecution execution) throws JobRestartException {
		try {
			return operator.restart(execution);
		}
		catch (JobRestartException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new IllegalArgumentException("cannot restart execution " + execution.getId() + ": "
					+ cause.getMessage(), ex);
		}
	}

	/** Runs the call on a thread of its own, releasing the lock when the execution ends. */
	private Launch launch(JobLease lease, RunTracker.LaunchAction<JobExecution> call) {
		CompletableFuture<JobExecution> created = new CompletableFuture<>();
		CompletableFuture<JobExecution> finished = new CompletableFuture<>();
		try {
			runs.execute(() -> {
				try {
					JobExecution ended = RunTracker.reporting(created, call);
					created.complete(ended);
					finished.complete(ended);
				}
				catch (Throwable ex) {
					created.completeExceptionally(ex);
					finished.completeExceptionally(ex);
				}
				finally {
					lease.release();
				}
			});
		}
		catch (RuntimeException ex) {
			lease.release();
			throw ex;
		}
		return new Launch(awaitCreation(created), finished);
	}

	private static JobExecution awaitCreation(CompletableFuture<JobExecution> created) {
		try {
			return created.join();
		}
		catch (CompletionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("could not start: " + cause.getMessage(), cause);
		}
	}

}
