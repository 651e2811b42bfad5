package com.akeneokhaos.launch;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import com.akeneokhaos.report.RunSummaries;
import com.akeneokhaos.report.RunSummary;

/** The {@code run}, {@code restart} and {@code status} commands, launched through {@link JobLaunches}. */
@Component
class JobCommands {

	private final JobLaunches launches;

	private final RunSummaries summaries;

	private final SummaryReport report;

	private final ExecutionStatusReport status;

	JobCommands(JobLaunches launches, RunSummaries summaries, SummaryReport report, ExecutionStatusReport status) {
		this.launches = launches;
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
			throw new IllegalArgumentException("run needs a job name, one of " + launches.jobNames());
		}
		JobParameters parameters = new JobParametersBuilder(JobParameterWords.parse(words.subList(2, words.size())))
			.addLong("run.id", System.currentTimeMillis())
			.toJobParameters();
		return finish(ended(launches.start(words.get(1), parameters)), arguments, out);
	}

	private int restart(List<String> words, ApplicationArguments arguments, PrintStream out) {
		if (words.size() < 2 || !words.get(1).matches("\\d{1,18}")) {
			throw new IllegalArgumentException("restart needs the id of a failed or stopped execution");
		}
		long executionId = Long.parseLong(words.get(1));
		try {
			return finish(ended(launches.restart(executionId, arguments.containsOption("after-crash"))), arguments,
					out);
		}
		catch (JobBusyException ex) {
			throw new IllegalArgumentException(ex.getMessage() + ". If the process that ran execution " + executionId
					+ " is gone (crash or kill), run: restart " + executionId + " --after-crash");
		}
	}

	private static JobExecution ended(Launch launch) {
		try {
			return launch.finished().join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
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
