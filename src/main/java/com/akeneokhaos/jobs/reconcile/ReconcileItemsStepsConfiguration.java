package com.akeneokhaos.jobs.reconcile;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.reader.AkeneoProductModelReader;
import com.akeneokhaos.akeneo.reader.PartitionedProductReader;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.khaos.MirrorItems;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.publish.ChunkPreparation;
import com.akeneokhaos.publish.ItemProcessors;
import com.akeneokhaos.publish.MappedItem;
import com.akeneokhaos.publish.ModelProcessor;
import com.akeneokhaos.publish.ProductProcessor;
import com.akeneokhaos.publish.PublishingParts;
import com.akeneokhaos.publish.PublishingPolicies;
import com.akeneokhaos.publish.PublishingRun;
import com.akeneokhaos.publish.PublishingWriter;
import com.akeneokhaos.structure.ModelDirectory;

/**
 * The reconciliation's two comparing steps: every product model, then every product, mapped and checked as
 * the refresh does them, then compared with the ledger and the mirror by a {@link ReconcilingWriter}. No
 * retry of a failed write: it would record the chunk's drift twice; the step fails and a restart redoes the
 * chunk exactly.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileItemsStepsConfiguration {

	private static final String INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	private static final String EXECUTION = "#{stepExecution.jobExecutionId}";

	private static final String DRY_RUN = "#{jobParameters['" + ReconcileRun.DRY_RUN + "']}";

	@Bean
	Step reconcileProductModels(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AkeneoProductModelReader reconcileProductModelReader, ModelProcessor reconcileModelProcessor,
			ReconcilingWriter reconcilingWriter, ReconcileRejections<AkeneoProductModel> reconcileModelRejections,
			ReconciliationProperties properties) {
		return reconcilingStep(new StepBuilder("reconcile-product-models", jobRepository), transactionManager,
				reconcileProductModelReader, reconcileModelProcessor, reconcilingWriter, reconcileModelRejections,
				properties);
	}

	@Bean
	Step reconcileProducts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PartitionedProductReader reconcileProductReader, ProductProcessor reconcileProductProcessor,
			ReconcilingWriter reconcilingWriter, ReconcileRejections<AkeneoProduct> reconcileProductRejections,
			ReconciliationProperties properties) {
		return reconcilingStep(new StepBuilder("reconcile-products", jobRepository), transactionManager,
				reconcileProductReader, reconcileProductProcessor, reconcilingWriter, reconcileProductRejections,
				properties);
	}

	/** The chunk step both comparing steps are, for products or for models. */
	private static <T, P extends ItemProcessor<T, MappedItem> & ChunkPreparation> Step reconcilingStep(
			StepBuilder step, PlatformTransactionManager transactionManager, ItemReader<T> reader, P processor,
			ReconcilingWriter writer, ReconcileRejections<T> rejections, ReconciliationProperties properties) {
		return step.<T, MappedItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.faultTolerant()
			.skipPolicy(PublishingPolicies.rejectedItems(properties.skipLimit()))
			.skipListener(rejections)
			.listener(ChunkPreparation.<T>listener(processor))
			.build();
	}

	@Bean
	@StepScope
	AkeneoProductModelReader reconcileProductModelReader(AkeneoClient akeneoClient) {
		return AkeneoProductModelReader.builder()
			.name("akeneo-product-models")
			.client(akeneoClient)
			.build();
	}

	@Bean
	@StepScope
	PartitionedProductReader reconcileProductReader(AkeneoClient akeneoClient) {
		return PartitionedProductReader.builder()
			.name("akeneo-products")
			.client(akeneoClient)
			.build();
	}

	/** Every model is read by the models step; variants find their root without a request per model. */
	@Bean
	@JobScope
	ModelDirectory reconcileModelDirectory(AkeneoClient akeneoClient) {
		return new ModelDirectory(akeneoClient);
	}

	@Bean
	@StepScope
	ModelProcessor reconcileModelProcessor(ItemProcessors processors, ModelDirectory reconcileModelDirectory) {
		return processors.forModels(reconcileModelDirectory);
	}

	@Bean
	@StepScope
	ProductProcessor reconcileProductProcessor(ItemProcessors processors, ModelDirectory reconcileModelDirectory) {
		return processors.forProducts(reconcileModelDirectory);
	}

	@Bean
	@StepScope
	ReconcilingWriter reconcilingWriter(Ledger ledger, PublishingParts parts, MirrorItems mirror, DriftStore store,
			CatalogueMapping mapping, ReconciliationProperties properties, Clock clock, @Value(INSTANCE) long instanceId,
			@Value(EXECUTION) long executionId, @Value(DRY_RUN) String dryRun) {
		ReconcileRun run = new ReconcileRun(instanceId, executionId, ReconcileRun.dryRun(dryRun));
		PublishingWriter publishing = run.dryRun() ? null
				: parts.writer(new PublishingRun(ReconciliationJobConfiguration.JOB_NAME, executionId, true));
		return new ReconcilingWriter(ledger, mirror, new DriftFinder(new FieldComparison(mapping),
				properties.confirmationGrace(), clock), store, publishing, run);
	}

	@Bean
	@StepScope
	ReconcileRejections<AkeneoProduct> reconcileProductRejections(DriftStore store, Ledger ledger,
			@Value(INSTANCE) long instanceId, @Value(EXECUTION) long executionId, @Value(DRY_RUN) String dryRun) {
		return new ReconcileRejections<>(store, ledger,
				new ReconcileRun(instanceId, executionId, ReconcileRun.dryRun(dryRun)));
	}

	@Bean
	@StepScope
	ReconcileRejections<AkeneoProductModel> reconcileModelRejections(DriftStore store, Ledger ledger,
			@Value(INSTANCE) long instanceId, @Value(EXECUTION) long executionId, @Value(DRY_RUN) String dryRun) {
		return new ReconcileRejections<>(store, ledger,
				new ReconcileRun(instanceId, executionId, ReconcileRun.dryRun(dryRun)));
	}

}
