package com.akeneokhaos.writeback;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.publish.RunReferenceData;

/**
 * What every job that writes back shares: the recorder its product publishing step listens with, and the step that
 * sends what was decided. Both do nothing in a job that does not write back ({@code sync.write-back.jobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WriteBackProperties.class)
class WriteBackConfiguration {

	/** The step execution context keys of the send step's counts. */
	static final String APPLIED = "writeBack.applied";

	static final String ALREADY_SHOWN = "writeBack.alreadyShown";

	static final String REFUSED = "writeBack.refused";

	@Bean
	@StepScope
	WriteBackRecorder writeBackRecorder(WriteBacks writeBacks, Ledger ledger, SyncExceptions exceptions,
			RunReferenceData runReferenceData, WriteBackProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstance.jobName}") String jobName,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return new WriteBackRecorder(writeBacks, ledger, exceptions, runReferenceData, properties, jobName,
				jobExecutionId);
	}

	/**
	 * Sends the pending write-backs once Akeneo is known to be set up for them (else the step fails with what to
	 * create); the counts go into the step's execution context for the run summary.
	 */
	@Bean
	Step sendWriteBacks(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteBackSender sender, WriteBackSetup setup, RunReferenceData runReferenceData) {
		return new StepBuilder("send-write-backs", jobRepository)
			.tasklet((contribution, chunk) -> {
				StepExecution step = contribution.getStepExecution();
				String jobName = step.getJobExecution().getJobInstance().getJobName();
				if (setup.enabledFor(jobName)) {
					ReferenceData reference = runReferenceData.get();
					setup.check(reference);
					count(step.getExecutionContext(), sender.sendPending(reference, jobName, step.getJobExecutionId()));
				}
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	private static void count(ExecutionContext context, WriteBackSender.Tally tally) {
		context.putInt(APPLIED, tally.applied());
		context.putInt(ALREADY_SHOWN, tally.alreadyShown());
		context.putInt(REFUSED, tally.refused());
	}

}
