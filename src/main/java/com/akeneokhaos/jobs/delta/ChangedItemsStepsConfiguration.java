package com.akeneokhaos.jobs.delta;

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
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.reader.AkeneoProductModelReader;
import com.akeneokhaos.akeneo.reader.AkeneoProductReader;
import com.akeneokhaos.publish.ItemProcessors;
import com.akeneokhaos.publish.ModelProcessor;
import com.akeneokhaos.publish.ProductProcessor;
import com.akeneokhaos.publish.PublishingParts;
import com.akeneokhaos.publish.PublishingRun;
import com.akeneokhaos.publish.PublishingSteps;
import com.akeneokhaos.publish.PublishingWriter;
import com.akeneokhaos.publish.RejectionRecorder;
import com.akeneokhaos.structure.ModelDirectory;
import com.akeneokhaos.writeback.WriteBackRecorder;

/**
 * The delta's two publishing steps: the planned product models first (SCS parents before their children),
 * then the planned products, through the same processors and writer as the refresh.
 */
@Configuration(proxyBeanMethods = false)
class ChangedItemsStepsConfiguration {

	private static final String PLAN = "#{jobExecutionContext['" + DeltaPlan.CONTEXT_KEY + "']}";

	@Bean
	Step publishChangedProductModels(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AkeneoProductModelReader changedProductModelReader, ModelProcessor deltaModelProcessor,
			PublishingWriter deltaPublishingWriter, RejectionRecorder<AkeneoProductModel> deltaModelRejectionRecorder,
			DeltaProperties properties) {
		return PublishingSteps.publishing(new StepBuilder("publish-changed-product-models", jobRepository),
				transactionManager, changedProductModelReader, deltaModelProcessor, deltaPublishingWriter,
				deltaModelRejectionRecorder, properties.chunkSize(), properties.skipLimit())
			.build();
	}

	@Bean
	Step publishChangedProducts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AkeneoProductReader changedProductReader, ProductProcessor deltaProductProcessor,
			PublishingWriter deltaPublishingWriter, RejectionRecorder<AkeneoProduct> deltaRejectionRecorder,
			WriteBackRecorder writeBackRecorder, DeltaProperties properties) {
		return PublishingSteps.publishing(new StepBuilder("publish-changed-products", jobRepository),
				transactionManager, changedProductReader, deltaProductProcessor, deltaPublishingWriter,
				deltaRejectionRecorder, properties.chunkSize(), properties.skipLimit())
			.skipListener(writeBackRecorder)
			.listener((StepListener) writeBackRecorder)
			.build();
	}

	@Bean
	@StepScope
	AkeneoProductModelReader changedProductModelReader(AkeneoClient akeneoClient, @Value(PLAN) String planJson) {
		DeltaPlan plan = DeltaPlan.read(planJson);
		var reader = AkeneoProductModelReader.builder()
			.name("akeneo-changed-product-models")
			.client(akeneoClient);
		return (plan.everything() ? reader : reader.searches(plan.modelSearches())).build();
	}

	@Bean
	@StepScope
	AkeneoProductReader changedProductReader(AkeneoClient akeneoClient, @Value(PLAN) String planJson) {
		DeltaPlan plan = DeltaPlan.read(planJson);
		var reader = AkeneoProductReader.builder()
			.name("akeneo-changed-products")
			.client(akeneoClient);
		return (plan.everything() ? reader : reader.searches(plan.productSearches())).build();
	}

	@Bean
	@StepScope
	ModelProcessor deltaModelProcessor(ItemProcessors processors, ModelDirectory deltaModelDirectory) {
		return processors.forModels(deltaModelDirectory);
	}

	@Bean
	@StepScope
	ProductProcessor deltaProductProcessor(ItemProcessors processors, ModelDirectory deltaModelDirectory) {
		return processors.forProducts(deltaModelDirectory);
	}

	@Bean
	@StepScope
	PublishingWriter deltaPublishingWriter(PublishingParts parts,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return parts.writer(run(jobExecutionId));
	}

	@Bean
	@StepScope
	RejectionRecorder<AkeneoProduct> deltaRejectionRecorder(PublishingParts parts,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return parts.productRejections(run(jobExecutionId));
	}

	@Bean
	@StepScope
	RejectionRecorder<AkeneoProductModel> deltaModelRejectionRecorder(PublishingParts parts,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return parts.modelRejections(run(jobExecutionId));
	}

	/** A delta reads only some items: what it sees does not count for retirement. */
	private static PublishingRun run(long jobExecutionId) {
		return new PublishingRun(DeltaSyncJobConfiguration.JOB_NAME, jobExecutionId, false);
	}

}
