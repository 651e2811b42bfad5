package com.akeneokhaos.jobs.onboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
import com.akeneokhaos.akeneo.Searches;
import com.akeneokhaos.akeneo.reader.AkeneoProductReader;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.publish.ItemProcessors;
import com.akeneokhaos.publish.ModelProcessor;
import com.akeneokhaos.publish.ProductProcessor;
import com.akeneokhaos.publish.PublishingParts;
import com.akeneokhaos.publish.PublishingRun;
import com.akeneokhaos.publish.PublishingSteps;
import com.akeneokhaos.publish.PublishingWriter;
import com.akeneokhaos.publish.RejectionRecorder;
import com.akeneokhaos.structure.ModelDirectory;
import com.akeneokhaos.writeback.OnboardingStatus;
import com.akeneokhaos.writeback.WriteBackProperties;
import com.akeneokhaos.writeback.WriteBackRecorder;

/**
 * Onboarding's publishing steps: the SCS parents of new variants first, then the new products (status empty,
 * {@code pending} or {@code rejected} in Akeneo), through the same processors and writer as every job, and at the
 * end the products the run released. The new products step also decides each product's status (see
 * {@link WriteBackRecorder}) and starts tracking the products it published for release.
 */
@Configuration(proxyBeanMethods = false)
class NewProductsStepsConfiguration {

	private static final String EXECUTION = "#{stepExecution.jobExecutionId}";

	@Bean
	Step publishNewProductModels(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ParentsOfNewVariants parentsOfNewVariants, ModelProcessor onboardingModelProcessor,
			PublishingWriter onboardingPublishingWriter,
			RejectionRecorder<AkeneoProductModel> onboardingModelRejectionRecorder, OnboardingProperties properties) {
		return PublishingSteps.publishing(new StepBuilder("publish-new-product-models", jobRepository),
				transactionManager, parentsOfNewVariants, onboardingModelProcessor, onboardingPublishingWriter,
				onboardingModelRejectionRecorder, properties.chunkSize(), properties.skipLimit())
			.build();
	}

	@Bean
	Step publishNewProducts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AkeneoProductReader newProductReader, ProductProcessor onboardingProductProcessor,
			PublishingWriter onboardingPublishingWriter, RejectionRecorder<AkeneoProduct> onboardingRejectionRecorder,
			WriteBackRecorder writeBackRecorder, OnboardingTracker onboardingTracker,
			OnboardingProperties properties) {
		return PublishingSteps.publishing(new StepBuilder("publish-new-products", jobRepository), transactionManager,
				newProductReader, onboardingProductProcessor, onboardingPublishingWriter, onboardingRejectionRecorder,
				properties.chunkSize(), properties.skipLimit())
			.listener((StepListener) onboardingTracker)
			.skipListener(writeBackRecorder)
			.listener((StepListener) writeBackRecorder)
			.build();
	}

	/**
	 * The products the run released (enabled in Akeneo now), published again: Khaos took them as discontinued while
	 * they were disabled, and sells them from now on.
	 */
	@Bean
	Step publishReleasedProducts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AkeneoProductReader releasedProductReader, ProductProcessor onboardingProductProcessor,
			PublishingWriter onboardingPublishingWriter, RejectionRecorder<AkeneoProduct> onboardingRejectionRecorder,
			OnboardingProperties properties) {
		return PublishingSteps.publishing(new StepBuilder("publish-released-products", jobRepository),
				transactionManager, releasedProductReader, onboardingProductProcessor, onboardingPublishingWriter,
				onboardingRejectionRecorder, properties.chunkSize(), properties.skipLimit())
			.build();
	}

	@Bean
	@StepScope
	AkeneoProductReader releasedProductReader(AkeneoClient akeneoClient,
			@Value("#{jobExecutionContext['" + SkuOnboardingJobConfiguration.RELEASED + "']}") String released) {
		return AkeneoProductReader.builder()
			.name("akeneo-released-products")
			.client(akeneoClient)
			.searches(released.isEmpty() ? List.of() : Searches.uuids(List.of(released.split(","))))
			.build();
	}

	@Bean
	@StepScope
	AkeneoProductReader newProductReader(AkeneoClient akeneoClient, WriteBackProperties writeBack) {
		return AkeneoProductReader.builder()
			.name("akeneo-new-products")
			.client(akeneoClient)
			.searches(newProductSearches(writeBack))
			.build();
	}

	@Bean
	@StepScope
	ParentsOfNewVariants parentsOfNewVariants(AkeneoClient akeneoClient, WriteBackProperties writeBack,
			ModelDirectory onboardingModelDirectory, Ledger ledger) {
		return new ParentsOfNewVariants(AkeneoProductReader.builder()
			.name("akeneo-new-variants")
			.client(akeneoClient)
			.searches(newProductSearches(writeBack).stream().map(search -> Searches.both(search, Searches.variants()))
				.toList())
			.build(), onboardingModelDirectory, ledger);
	}

	/** The products onboarding takes: no status yet, or one saying they still need it. */
	private static List<String> newProductSearches(WriteBackProperties writeBack) {
		List<String> searches = new ArrayList<>();
		searches.add(Searches.withoutValue(writeBack.statusAttribute()));
		searches.addAll(Searches.withOptions(writeBack.statusAttribute(),
				List.of(OnboardingStatus.PENDING.code(), OnboardingStatus.REJECTED.code())));
		return searches;
	}

	@Bean
	@StepScope
	OnboardingTracker onboardingTracker(Onboardings onboardings, Clock clock) {
		return new OnboardingTracker(onboardings, clock);
	}

	@Bean
	@StepScope
	ModelProcessor onboardingModelProcessor(ItemProcessors processors, ModelDirectory onboardingModelDirectory) {
		return processors.forModels(onboardingModelDirectory);
	}

	@Bean
	@StepScope
	ProductProcessor onboardingProductProcessor(ItemProcessors processors, ModelDirectory onboardingModelDirectory) {
		return processors.forProducts(onboardingModelDirectory);
	}

	@Bean
	@StepScope
	PublishingWriter onboardingPublishingWriter(PublishingParts parts, @Value(EXECUTION) long jobExecutionId) {
		return parts.writer(run(jobExecutionId));
	}

	@Bean
	@StepScope
	RejectionRecorder<AkeneoProduct> onboardingRejectionRecorder(PublishingParts parts,
			@Value(EXECUTION) long jobExecutionId) {
		return parts.productRejections(run(jobExecutionId));
	}

	@Bean
	@StepScope
	RejectionRecorder<AkeneoProductModel> onboardingModelRejectionRecorder(PublishingParts parts,
			@Value(EXECUTION) long jobExecutionId) {
		return parts.modelRejections(run(jobExecutionId));
	}

	/** Onboarding reads only some items: what it sees does not count for retirement. */
	private static PublishingRun run(long jobExecutionId) {
		return new PublishingRun(SkuOnboardingJobConfiguration.JOB_NAME, jobExecutionId, false);
	}

}
