package com.akeneokhaos.launch;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

import com.akeneokhaos.report.RunSummaries;
import com.akeneokhaos.report.RunSummary;

/** The {@code run}, {@code restart} and {@code status} commands over the job operator. */
@Component
class JobCommands {

	private final Map<String, Job> jobs;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunSummaries summaries;

	private final SummaryReport report;

	private final ExecutionStatusReport status;

	private final AkeneoPreflight preflight;

	JobCommands(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository, RunSummaries summaries,
			SummaryReport report, ExecutionStatusReport status, AkeneoPreflight preflight) {
		this.preflight = preflight;
		this.jobRepository = jobRepository;
		this.jobs = jobs.stream()
			.collect(Collectors.toMap(Job::getName, Function.identity(), (first, second) -> first, TreeMap::new));
		this.jobOperator = jobOperator;
		this.summaries = summaries;
		this.report = report;
		this.status = status;
	}

	int execute(List<String> words, ApplicationArguments arguments, PrintStream out) {
		return switch (words.get(0)) {
			case "run" -> run(words, arguments, out);
			case "restart" -> restart(words, arguments, out);
			default -> status.print(limit(arguments), out);
		};
	}

	private int run(List<String> words, ApplicationArguments arguments, PrintStream out) {
		if (words.size() < 2) {
			throw new IllegalArgumentException("run needs a job name, one of " + jobs.keySet());
		}
		Job job = jobs.get(words.get(1));
		if (job == null) {
			throw new IllegalArgumentException("unknown job '" + words.get(1) + "', known jobs: " + jobs.keySet());
		}
		JobParameters parameters = JobParameterWords.parse(words.subList(2, words.size()));
		preflight.check(job.getName());
		return finish(start(job, parameters), arguments, out);
	}

	private JobExecution start(Job job, JobParameters parameters) {
		try {
			JobParameters next = new JobParametersBuilder(parameters)
				.addLong("run.id", System.currentTimeMillis())
				.toJobParameters();
			return jobOperator.start(job, next);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start " + job.getName() + ": " + ex.getMessage(), ex);
		}
	}

	private int restart(List<String> words, ApplicationArguments arguments, PrintStream out) {
		if (words.size() < 2 || !words.get(1).matches("\\d{1,18}")) {
			throw new IllegalArgumentException("restart needs the id of a failed or stopped execution");
		}
		long executionId = Long.parseLong(words.get(1));
		JobExecution execution = recoverIfCrashed(existing(executionId), arguments.containsOption("after-crash"));
		preflight.check(execution.getJobInstance().getJobName());
		JobExecution restarted;
		try {
			restarted = jobOperator.restart(execution);
		}
		catch (JobRestartException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new IllegalArgumentException("cannot restart execution " + executionId + ": " + cause.getMessage());
		}
		return finish(restarted, arguments, out);
	}

	/** The execution with this id; Batch 6.0 throws instead of answering null when there is none. */
	private JobExecution existing(long executionId) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new IllegalArgumentException("there is no execution " + executionId);
		}
		return execution;
	}

	/** An execution whose process died (crash, kill) is still marked running until it is recovered. */
	private JobExecution recoverIfCrashed(JobExecution execution, boolean afterCrash) {
		if (!execution.isRunning()) {
			return execution;
		}
		if (!afterCrash) {
			throw new IllegalArgumentException("execution " + execution.getId() + " is still marked "
					+ execution.getStatus() + ". If the process that ran it is gone (crash or kill), run: restart "
					+ execution.getId() + " --after-crash");
		}
		return jobOperator.recover(execution);
	}

	private int finish(JobExecution execution, ApplicationArguments arguments, PrintStream out) {
		RunSummary summary = FailureReason.explain(summaries.of(execution.getId()), execution);
		report.print(summary, out, arguments.getOptionValues("summary-json"));
		return summary.completed() ? CommandLineJobs.COMPLETED : CommandLineJobs.NOT_COMPLETED;
	}

	private static int limit(ApplicationArguments arguments) {
		List<String> values = arguments.getOptionValues("limit");
		if (values == null || values.isEmpty()) {
			return 20;
		}
		String value = values.get(values.size() - 1);
		if (!value.matches("[1-9]\\d{0,5}")) {
			throw new IllegalArgumentException("--limit needs a whole number from 1 to 999999, was '" + value + "'");
		}
		return Integer.parseInt(value);
	}

}
