package com.akeneokhaos.jobs.assets;

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
import com.akeneokhaos.akeneo.reader.AkeneoProductReader;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.publish.PublishingPolicies;
import com.akeneokhaos.publish.RunReferenceData;

/**
 * The {@code asset-url-sync} job: puts stable image URLs (an asset's link, a CDN URL built from a template) on the
 * Khaos stock items, in outbox entries of its own that carry only {@code Images}, so it can neither overwrite a price
 * or a text nor be held back by a product's other problems. It never downloads a file. It reads what may show other
 * images since its last completed run (see {@link ImagePlanner}) and sends a product's list only when it changed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssetSyncProperties.class)
class AssetUrlSyncJobConfiguration {

	static final String JOB_NAME = "asset-url-sync";

	private static final String PLAN = "#{jobExecutionContext['" + ImagePlan.CONTEXT_KEY + "']}";

	private static final String EXECUTION = "#{stepExecution.jobExecutionId}";

	@Bean
	Job assetUrlSyncJob(JobRepository jobRepository, Step planImageChanges, Step publishImageUrls) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(planImageChanges)
			.next(publishImageUrls)
			.build();
	}

	/** Fixes what the run reads and keeps it in the job execution context, so a restart reads the same. */
	@Bean
	Step planImageChanges(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImagePlanner planner, ImageSourcing imageSourcing) {
		return new StepBuilder("plan-image-changes", jobRepository)
			.tasklet((contribution, chunk) -> {
				contribution.getStepExecution()
					.getJobExecution()
					.getExecutionContext()
					.putString(ImagePlan.CONTEXT_KEY, planner.plan(imageSourcing).json());
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	@Bean
	Step publishImageUrls(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AkeneoProductReader imageProductReader, ImageProcessor imageProcessor, ImageWriter imageWriter,
			ImageRejections imageRejections, AssetSyncProperties properties) {
		return new StepBuilder("publish-image-urls", jobRepository)
			.<AkeneoProduct, ImageItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(imageProductReader)
			.processor(imageProcessor)
			.writer(imageWriter)
			.faultTolerant()
			.retryPolicy(PublishingPolicies.transientDatabaseFailures())
			.skipPolicy(PublishingPolicies.rejectedItems(properties.skipLimit()))
			.skipListener(imageRejections)
			.listener((StepListener) imageProcessor)
			.build();
	}

	/** The image sources checked against Akeneo once per run. */
	@Bean
	@JobScope
	ImageSourcing imageSourcing(CatalogueMapping mapping, AkeneoClient akeneoClient, RunReferenceData runReferenceData) {
		return new ImageSourcing(mapping.images(), akeneoClient, runReferenceData.get());
	}

	@Bean
	@StepScope
	AkeneoProductReader imageProductReader(AkeneoClient akeneoClient, @Value(PLAN) String planJson) {
		ImagePlan plan = ImagePlan.read(planJson);
		var reader = AkeneoProductReader.builder()
			.name("akeneo-image-products")
			.client(akeneoClient);
		return (plan.everything() ? reader : reader.searches(plan.productSearches())).build();
	}

	@Bean
	@StepScope
	ImageProcessor imageProcessor(ImageSourcing imageSourcing, CatalogueMapping mapping, AkeneoClient akeneoClient,
			Ledger ledger) {
		return new ImageProcessor(new ProductImages(imageSourcing, mapping.defaults().locale(),
				mapping.defaults().scope()), akeneoClient, ledger);
	}

	@Bean
	@StepScope
	ImageWriter imageWriter(ImageLedger imageLedger, Outbox outbox, @Value(EXECUTION) long jobExecutionId) {
		return new ImageWriter(imageLedger, outbox, jobExecutionId);
	}

	@Bean
	@StepScope
	ImageRejections imageRejections(SyncExceptions exceptions, @Value(EXECUTION) long jobExecutionId) {
		return new ImageRejections(exceptions, jobExecutionId);
	}

}
