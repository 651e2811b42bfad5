package com.akeneokhaos.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Builds the {@link RunSummary} of an execution: how it ended (from the job repository) and what it did
 * (from its job's {@link JobReporter}, or its step counts when the job has none).
 */
@Service
public class RunSummaries {

	private final JobRepository jobRepository;

	private final List<JobReporter> reporters;

	RunSummaries(JobRepository jobRepository, List<JobReporter> reporters) {
		this.jobRepository = jobRepository;
		this.reporters = reporters;
	}

	public RunSummary of(long executionId) {
		JobExecution execution = jobRepository.getJobExecution(executionId);
		if (execution == null) {
			throw new IllegalArgumentException("There is no job execution " + executionId);
		}
		String job = execution.getJobInstance().getJobName();
		JobReport report = reporters.stream()
			.filter(reporter -> reporter.jobName().equals(job))
			.findFirst()
			.map(reporter -> reporter.report(execution))
			.orElseGet(() -> StepCounts.of(execution));
		return new RunSummary(job, executionId, execution.getStatus().name(), execution.getExitStatus().getExitCode(),
				report, duration(execution), execution.getExitStatus().getExitDescription());
	}

	private static Duration duration(JobExecution execution) {
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		if (start == null) {
			return Duration.ZERO;
		}
		return Duration.between(start, (end != null) ? end : LocalDateTime.now());
	}

}
