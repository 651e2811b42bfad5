package com.akeneokhaos.changes;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The step every job that evaluates items ends with: it keeps the reference snapshot it noted. */
@Configuration(proxyBeanMethods = false)
class ReferenceWatchSteps {

	/** The run completed: the next delta compares Akeneo with what this run evaluated against. */
	@Bean
	Step keepReferenceData(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceWatch watch) {
		return new StepBuilder("keep-reference-data", jobRepository)
			.tasklet((contribution, chunk) -> {
				watch.keep(contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId());
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

}
