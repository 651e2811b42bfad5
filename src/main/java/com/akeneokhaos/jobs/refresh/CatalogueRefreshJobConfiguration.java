package com.akeneokhaos.jobs.refresh;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.reader.PartitionedProductReader;
import com.akeneokhaos.changes.ReferenceWatch;
import com.akeneokhaos.khaos.UnconfirmedDeliveries;
import com.akeneokhaos.publish.ChunkPreparation;
import com.akeneokhaos.publish.ItemProcessors;
import com.akeneokhaos.publish.MappedItem;
import com.akeneokhaos.publish.ProductProcessor;
import com.akeneokhaos.publish.PublishingParts;
import com.akeneokhaos.publish.PublishingPolicies;
import com.akeneokhaos.publish.PublishingRun;
import com.akeneokhaos.publish.PublishingWriter;
import com.akeneokhaos.publish.RejectionRecorder;
import com.akeneokhaos.publish.RunReferenceData;
import com.akeneokhaos.structure.ModelDirectory;
import com.akeneokhaos.structure.RetiredItems;
import com.akeneokhaos.writeback.WriteBackRecorder;

/**
 * The {@code catalogue-refresh} job: reads every Akeneo product, maps and validates it, and publishes
 * each changed one to the Khaos outbox. Restartable: the reader resumes after the last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RefreshProperties.class)
class CatalogueRefreshJobConfiguration {

	static final String JOB_NAME = "catalogue-refresh";

	@Bean
	Job catalogueRefreshJob(JobRepository jobRepository, Step checkKhaosConfirmations, Step noteReferenceData,
			Step publishProductModels, Step publishProducts, Step retireDeletedItems, Step sendWriteBacks,
			Step keepReferenceData) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(checkKhaosConfirmations)
			.next(noteReferenceData)
			.next(publishProductModels)
			.next(publishProducts)
			.next(retireDeletedItems)
			.next(sendWriteBacks)
			.next(keepReferenceData)
			.build();
	}

	/** The reference data this run evaluates items against, noted for the delta-syncs that follow it. */
	@Bean
	Step noteReferenceData(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceWatch watch, RunReferenceData runReferenceData) {
		return new StepBuilder("note-reference-data", jobRepository)
			.tasklet((contribution, chunk) -> {
				var jobExecution = contribution.getStepExecution().getJobExecution();
				watch.note(jobExecution.getJobInstance().getInstanceId(), JOB_NAME, runReferenceData.get());
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	/** After a full read: items Khaos holds whose product or model is gone from Akeneo are discontinued. */
	@Bean
	Step retireDeletedItems(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RetiredItems retired, RefreshProperties properties) {
		return new StepBuilder("retire-deleted-items", jobRepository)
			.tasklet((contribution, chunk) -> {
				var stepExecution = contribution.getStepExecution();
				retired.retireUnseen(stepExecution.getJobExecution().getJobInstance().getInstanceId(),
						stepExecution.getJobExecutionId(), properties.retireMaxShare());
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	/** Items Khaos took but never confirmed are reported before anything new is published. */
	@Bean
	Step checkKhaosConfirmations(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UnconfirmedDeliveries unconfirmed, RefreshProperties properties) {
		return new StepBuilder("check-khaos-confirmations", jobRepository)
			.tasklet(unconfirmed.recordingTasklet(properties.confirmationGrace()), transactionManager)
			.build();
	}

	@Bean
	Step publishProducts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PartitionedProductReader productReader, ProductProcessor productProcessor, PublishingWriter publishingWriter,
			RejectionRecorder<AkeneoProduct> rejectionRecorder, WriteBackRecorder writeBackRecorder,
			RefreshProperties properties) {
		return new StepBuilder("publish-products", jobRepository)
			.<AkeneoProduct, MappedItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(productReader)
			.processor(productProcessor)
			.writer(publishingWriter)
			.faultTolerant()
			.retryPolicy(PublishingPolicies.transientDatabaseFailures())
			.skipPolicy(PublishingPolicies.rejectedItems(properties.skipLimit()))
			.skipListener(rejectionRecorder)
			.listener((StepListener) rejectionRecorder)
			.skipListener(writeBackRecorder)
			.listener((StepListener) writeBackRecorder)
			.listener(ChunkPreparation.<AkeneoProduct>listener(productProcessor))
			.build();
	}

	@Bean
	@StepScope
	PartitionedProductReader productReader(AkeneoClient akeneoClient) {
		return PartitionedProductReader.builder()
			.name("akeneo-products")
			.client(akeneoClient)
			.build();
	}

	@Bean
	@StepScope
	ProductProcessor productProcessor(ItemProcessors processors, ModelDirectory modelDirectory) {
		return processors.forProducts(modelDirectory);
	}

	/** Product models and family variants, fetched once per run and shared by its steps. */
	@Bean
	@JobScope
	ModelDirectory modelDirectory(AkeneoClient akeneoClient) {
		return new ModelDirectory(akeneoClient);
	}

	@Bean
	@StepScope
	PublishingWriter publishingWriter(PublishingParts parts,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return parts.writer(new PublishingRun(JOB_NAME, jobExecutionId, true));
	}

	@Bean
	@StepScope
	RejectionRecorder<AkeneoProduct> rejectionRecorder(PublishingParts parts,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return parts.productRejections(new PublishingRun(JOB_NAME, jobExecutionId, true));
	}

}
