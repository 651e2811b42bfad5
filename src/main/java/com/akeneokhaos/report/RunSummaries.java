package com.akeneokhaos.report;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.problems.SyncExceptions;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

import com.akeneokhaos.outbox.OutboxEntry.ChangeType;
import com.akeneokhaos.report.RunSummary.Changes;

import com.akeneokhaos.problems.Rule;

/** Builds a {@link RunSummary} from the job repository and our own tables. */
@Service
public class RunSummaries {

	private final JobRepository jobRepository;

	private final Outbox outbox;

	private final SyncExceptions exceptions;

	private final Ledger ledger;

	public RunSummaries(JobRepository jobRepository, Outbox outbox, SyncExceptions exceptions, Ledger ledger) {
		this.jobRepository = jobRepository;
		this.outbox = outbox;
		this.exceptions = exceptions;
		this.ledger = ledger;
	}

	public RunSummary of(long executionId) {
		JobExecution execution = jobRepository.getJobExecution(executionId);
		if (execution == null) {
			throw new IllegalArgumentException("There is no job execution " + executionId);
		}
		long read = 0;
		long written = 0;
		long skipped = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount();
		}
		long published = outbox.countForExecution(executionId, ChangeType.CREATE, ChangeType.UPDATE);
		Changes changes = new Changes(ledger.countEvents(executionId, "STRUCTURE_CHANGED"),
				outbox.countForExecution(executionId, ChangeType.DISCONTINUE));
		Map<String, Long> byRule = new LinkedHashMap<>(exceptions.countByRule(executionId));
		Long notConfirmed = byRule.remove(Rule.KHAOS_NOT_CONFIRMED.code());
		return new RunSummary(execution.getJobInstance().getJobName(), executionId, execution.getStatus().name(),
				execution.getExitStatus().getExitCode(), read, published, Math.max(0, written - published), skipped,
				byRule, (notConfirmed != null) ? notConfirmed : 0, changes, duration(execution),
				execution.getExitStatus().getExitDescription());
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
