package com.akeneokhaos.jobs.refresh;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.reader.AkeneoProductModelReader;
import com.akeneokhaos.publish.ChunkPreparation;
import com.akeneokhaos.publish.ItemProcessors;
import com.akeneokhaos.publish.MappedItem;
import com.akeneokhaos.publish.ModelProcessor;
import com.akeneokhaos.publish.PublishingParts;
import com.akeneokhaos.publish.PublishingPolicies;
import com.akeneokhaos.publish.PublishingRun;
import com.akeneokhaos.publish.PublishingWriter;
import com.akeneokhaos.publish.RejectionRecorder;
import com.akeneokhaos.structure.ModelDirectory;

/**
 * The refresh's {@code publish-product-models} step: every root product model becomes an SCS parent in
 * the outbox before any product is read, so parents always reach Khaos before their children.
 */
@Configuration(proxyBeanMethods = false)
class ProductModelsStepConfiguration {

	@Bean
	Step publishProductModels(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AkeneoProductModelReader productModelReader, ModelProcessor modelProcessor,
			PublishingWriter publishingWriter, RejectionRecorder<AkeneoProductModel> modelRejectionRecorder,
			RefreshProperties properties) {
		return new StepBuilder("publish-product-models", jobRepository)
			.<AkeneoProductModel, MappedItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(productModelReader)
			.processor(modelProcessor)
			.writer(publishingWriter)
			.faultTolerant()
			.retryPolicy(PublishingPolicies.transientDatabaseFailures())
			.skipPolicy(PublishingPolicies.rejectedItems(properties.skipLimit()))
			.skipListener(modelRejectionRecorder)
			.listener((StepListener) modelRejectionRecorder)
			.listener(ChunkPreparation.<AkeneoProductModel>listener(modelProcessor))
			.build();
	}

	@Bean
	@StepScope
	AkeneoProductModelReader productModelReader(AkeneoClient akeneoClient) {
		return AkeneoProductModelReader.builder()
			.name("akeneo-product-models")
			.client(akeneoClient)
			.build();
	}

	@Bean
	@StepScope
	ModelProcessor modelProcessor(ItemProcessors processors, ModelDirectory modelDirectory) {
		return processors.forModels(modelDirectory);
	}

	@Bean
	@StepScope
	RejectionRecorder<AkeneoProductModel> modelRejectionRecorder(PublishingParts parts,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return parts.modelRejections(new PublishingRun(CatalogueRefreshJobConfiguration.JOB_NAME, jobExecutionId, true));
	}

}
