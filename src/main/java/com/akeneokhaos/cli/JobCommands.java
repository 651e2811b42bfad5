package com.akeneokhaos.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import com.akeneokhaos.sync.RunSummaries;
import com.akeneokhaos.sync.RunSummary;

/** The {@code run}, {@code restart} and {@code status} commands over the job operator. */
@Component
class JobCommands {

	private final Map<String, Job> jobs;

	private final JobOperator jobOperator;

	private final RunSummaries summaries;

	private final SummaryReport report;

	private final ExecutionStatusReport status;

	JobCommands(List<Job> jobs, JobOperator jobOperator, RunSummaries summaries, SummaryReport report,
			ExecutionStatusReport status) {
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
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
		if (words.size() < 2 || !words.get(1).matches("\\d+")) {
			throw new IllegalArgumentException("restart needs the id of a failed or stopped execution");
		}
		try {
			long executionId = jobOperator.restart(Long.parseLong(words.get(1)));
			return finish(executionId, arguments, out);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("cannot restart execution " + words.get(1) + ": " + ex.getMessage());
		}
	}

	private int finish(JobExecution execution, ApplicationArguments arguments, PrintStream out) {
		return finish(execution.getId(), arguments, out);
	}

	private int finish(long executionId, ApplicationArguments arguments, PrintStream out) {
		RunSummary summary = summaries.of(executionId);
		report.print(summary, out, arguments.getOptionValues("summary-json"));
		return summary.completed() ? CommandLineJobs.COMPLETED : CommandLineJobs.NOT_COMPLETED;
	}

	private static int limit(ApplicationArguments arguments) {
		List<String> values = arguments.getOptionValues("limit");
		return (values == null || values.isEmpty()) ? 20 : Integer.parseInt(values.get(0));
	}

}
