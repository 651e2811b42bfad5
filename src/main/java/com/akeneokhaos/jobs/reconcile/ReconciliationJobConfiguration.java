package com.akeneokhaos.jobs.reconcile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.khaos.MirrorItems;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.structure.RetiredItems;

/**
 * The {@code reconciliation} job: compares every Akeneo item (full read, models then products) with the ledger
 * and the Khaos mirror, corrects what Akeneo owns, retires what Akeneo no longer has, lists what only Khaos
 * has, and writes a drift report (JSON and HTML) for every run. With {@code dry-run=true} it writes only the
 * report. Restartable: drift rows are written in the chunk that found them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconciliationProperties.class)
class ReconciliationJobConfiguration {

	static final String JOB_NAME = "reconciliation";

	/** The job execution context key of the report's paths (JSON, then HTML). */
	static final String REPORT_PATHS = "reconciliation.report";

	@Bean
	Job reconciliationJob(JobRepository jobRepository, Step openDriftReport, Step reconcileProductModels,
			Step reconcileProducts, Step retireItemsGoneFromAkeneo, Step listKhaosOnlyItems, Step writeDriftReport) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(openDriftReport)
			.next(reconcileProductModels)
			.next(reconcileProducts)
			.next(retireItemsGoneFromAkeneo)
			.next(listKhaosOnlyItems)
			.next(writeDriftReport)
			.build();
	}

	/** Starts the report and applies the operator's links ({@link KhaosLinks}), in one transaction. */
	@Bean
	Step openDriftReport(JobRepository jobRepository, PlatformTransactionManager transactionManager, DriftStore store,
			MirrorItems mirror, Ledger ledger) {
		return new StepBuilder("open-drift-report", jobRepository)
			.tasklet((contribution, chunk) -> {
				ReconcileRun run = run(contribution);
				store.open(run.instanceId(), run.executionId(), run.dryRun());
				store.record(run.instanceId(), run.executionId(), run.dryRun(), KhaosLinks.apply(
						contribution.getStepExecution().getJobParameters().getString(KhaosLinks.PARAMETER), run, mirror,
						ledger));
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	/**
	 * Items Khaos holds that the full read did not see are discontinued (the refresh's rules and mass
	 * retirement guard); a dry run only lists them.
	 */
	@Bean
	Step retireItemsGoneFromAkeneo(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RetiredItems retired, DriftStore store, ReconciliationProperties properties) {
		return new StepBuilder("retire-items-gone-from-akeneo", jobRepository)
			.tasklet((contribution, chunk) -> {
				ReconcileRun run = run(contribution);
				List<Drift> gone;
				if (run.dryRun()) {
					gone = store.unseenByDryRun(run.instanceId());
					retired.refuseMassRetirement(gone.size(), properties.retireMaxShare());
				}
				else {
					gone = retired.retireUnseen(run.instanceId(), run.executionId(), properties.retireMaxShare())
						.stream()
						.map(ReconciliationJobConfiguration::gone)
						.toList();
				}
				store.record(run.instanceId(), run.executionId(), run.dryRun(), gone);
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	/** Items in Khaos the ledger does not know, and whose code no Akeneo item claimed in this run. */
	@Bean
	Step listKhaosOnlyItems(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MirrorItems mirror, DriftStore store) {
		return new StepBuilder("list-khaos-only-items", jobRepository)
			.tasklet((contribution, chunk) -> {
				ReconcileRun run = run(contribution);
				KhaosOnlyItems.list(mirror, store, run);
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	@Bean
	Step writeDriftReport(JobRepository jobRepository, PlatformTransactionManager transactionManager, DriftStore store,
			ReconciliationProperties properties, AkeneoProperties akeneo) {
		return new StepBuilder("write-drift-report", jobRepository)
			.tasklet((contribution, chunk) -> {
				ReconcileRun run = run(contribution);
				Map<String, Long> counts = store.countsByKind(run.instanceId());
				Path[] paths = new DriftReportFiles(store, Path.of(properties.reportDir()),
						(akeneo.baseUrl() != null) ? akeneo.baseUrl() : "").write(run, counts);
				store.finish(run.instanceId(), JsonMapper.shared().writeValueAsString(new LinkedHashMap<>(counts)),
						paths[0].toString(), paths[1].toString());
				contribution.getStepExecution().getJobExecution().getExecutionContext()
					.putString(REPORT_PATHS, paths[0] + "\n" + paths[1]);
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	private static Drift gone(LedgerEntry entry) {
		return Drift.of(entry.itemKey(), entry.stockId(), entry.stockCode(), entry.akeneoUuid(),
				DriftKind.DELETED_IN_AKENEO, "No longer in Akeneo, or an SCS parent left without children");
	}

	static ReconcileRun run(StepContribution contribution) {
		StepExecution step = contribution.getStepExecution();
		return new ReconcileRun(step.getJobExecution().getJobInstance().getInstanceId(), step.getJobExecutionId(),
				ReconcileRun.dryRun(step.getJobParameters().getString(ReconcileRun.DRY_RUN)));
	}

}
