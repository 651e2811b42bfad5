package com.akeneokhaos.monitor;

import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import com.akeneokhaos.launch.RunFinished;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.report.RunSummaries;
import com.akeneokhaos.report.RunSummary;

/**
 * Counts what each run did as it ends, from its run summary (the figures {@code --summary-json} writes), tagged with
 * the job: runs by status ({@code sync.runs}), items published to Khaos ({@code sync.items.published}: the
 * {@code published} figure, {@code imagesPublished} for asset-url-sync), items rejected by rule
 * ({@code sync.items.rejected}), drift found by reconciliation ({@code sync.drift.found}) and statuses Akeneo
 * refused to take ({@code sync.writeback.failures}). A counter is only registered for a job that reports its
 * figure, then stays, so a run that found nothing still shows 0. A failure here never reaches the run.
 */
@Component
class RunMetrics {

	private static final Logger log = LoggerFactory.getLogger(RunMetrics.class);

	/** Exceptions recorded under a run that are not items it held back (reported with other figures). */
	private static final Set<String> NOT_REJECTIONS = Set.of(Rule.KHAOS_NOT_CONFIRMED.code(),
			Rule.AKENEO_WRITE_BACK_REFUSED.code());

	private final MeterRegistry registry;

	private final RunSummaries summaries;

	private final SyncExceptions exceptions;

	RunMetrics(MeterRegistry registry, RunSummaries summaries, SyncExceptions exceptions) {
		this.registry = registry;
		this.summaries = summaries;
		this.exceptions = exceptions;
	}

	@EventListener
	void count(RunFinished finished) {
		JobExecution execution = finished.execution();
		String job = execution.getJobInstance().getJobName();
		Counter.builder("sync.runs")
			.description("Job executions ended in this process, by final status")
			.tags("job", job, "status", execution.getStatus().name())
			.register(registry)
			.increment();
		try {
			countFigures(job, summaries.of(execution.getId()));
			countRejections(job, exceptions.countByRule(execution.getId()));
		}
		catch (RuntimeException ex) {
			log.warn("The metrics of {} execution {} are incomplete: {}", job, execution.getId(), ex.getMessage());
		}
	}

	private void countFigures(String job, RunSummary summary) {
		Map<String, Object> figures = summary.report().figures();
		if (figures.containsKey("published") || figures.containsKey("imagesPublished")) {
			add("sync.items.published", "Items published to Khaos (created or updated)", job,
					summary.count("published") + summary.count("imagesPublished"));
		}
		if (figures.containsKey("drift")) {
			add("sync.drift.found", "Differences reconciliation found between Akeneo, the ledger and Khaos", job,
					summary.count("drift"));
		}
		if (figures.containsKey("writeBackRefused")) {
			add("sync.writeback.failures", "Statuses written back that Akeneo refused", job,
					summary.count("writeBackRefused"));
		}
	}

	private void countRejections(String job, Map<String, Long> byRule) {
		byRule.forEach((rule, count) -> {
			if (!NOT_REJECTIONS.contains(rule)) {
				Counter.builder("sync.items.rejected")
					.description("Items held back from Khaos, by broken rule")
					.tags("job", job, "rule", rule)
					.register(registry)
					.increment(count);
			}
		});
	}

	private void add(String name, String description, String job, long amount) {
		Counter.builder(name).description(description).tag("job", job).register(registry).increment(amount);
	}

}
