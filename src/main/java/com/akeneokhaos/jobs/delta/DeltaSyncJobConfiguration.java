package com.akeneokhaos.jobs.delta;

import java.util.List;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.changes.ReferenceSnapshot;
import com.akeneokhaos.changes.ReferenceWatch;
import com.akeneokhaos.publish.RunReferenceData;
import com.akeneokhaos.structure.ModelDirectory;

/**
 * The {@code delta-sync} job: publishes the product models and products updated in Akeneo since the last
 * completed run (see {@link DeltaWindow}), and the items that reference data changes affect although their
 * {@code updated} date did not move (see {@link DeltaPlanner}), through the same mapping, rules and
 * publishing as the refresh. It never retires anything: deleted products do not show in a delta.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeltaProperties.class)
class DeltaSyncJobConfiguration {

	static final String JOB_NAME = "delta-sync";

	/** The jobs whose completed runs move the window: each read every change up to its start. */
	static final List<String> WATERMARK_JOBS = List.of(JOB_NAME, "catalogue-refresh");

	@Bean
	Job deltaSyncJob(JobRepository jobRepository, DeltaWindow window, Step planDelta,
			Step publishChangedProductModels, Step publishChangedProducts, Step sendWriteBacks, Step keepReferenceData) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(window)
			.start(planDelta)
			.next(publishChangedProductModels)
			.next(publishChangedProducts)
			.next(sendWriteBacks)
			.next(keepReferenceData)
			.build();
	}

	/**
	 * Fixes the window and compares Akeneo's reference data with the snapshot the last completed run kept;
	 * the plan goes into the job execution context, so a restart reads what this attempt planned.
	 */
	@Bean
	Step planDelta(JobRepository jobRepository, PlatformTransactionManager transactionManager, DeltaWindow window,
			ReferenceWatch watch, RunReferenceData runReferenceData, DeltaPlanner planner) {
		return new StepBuilder("plan-delta", jobRepository)
			.tasklet((contribution, chunk) -> {
				var jobExecution = contribution.getStepExecution().getJobExecution();
				ReferenceData data = runReferenceData.get();
				ReferenceSnapshot now = watch.note(jobExecution.getJobInstance().getInstanceId(), JOB_NAME, data);
				DeltaPlan plan = planner.plan(window.since(jobExecution.getJobParameters()),
						watch.changesSinceLastKept(now), data);
				jobExecution.getExecutionContext().putString(DeltaPlan.CONTEXT_KEY, plan.json());
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	/** The models a delta meets, each fetched once when first needed (a delta meets few). */
	@Bean
	@JobScope
	ModelDirectory deltaModelDirectory(AkeneoClient akeneoClient) {
		return ModelDirectory.fetchingEachModel(akeneoClient);
	}

}
