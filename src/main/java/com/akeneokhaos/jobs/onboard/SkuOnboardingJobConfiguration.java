package com.akeneokhaos.jobs.onboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.khaos.UnconfirmedDeliveries;
import com.akeneokhaos.publish.RunReferenceData;
import com.akeneokhaos.structure.ModelDirectory;
import com.akeneokhaos.writeback.WriteBackSetup;

/**
 * The {@code sku-onboarding} job: Khaos's rules enforced in Akeneo, and a new SKU released to the sales channels
 * only once Khaos holds it. It reads the products whose onboarding status is empty, {@code pending} or
 * {@code rejected}, publishes the valid ones (their new SCS parents first) through the same mapping, rules and
 * publishing as every job, and writes each product's status back to Akeneo; the products it published and Khaos
 * has confirmed since get {@code confirmed} and the release action, then are published again, so that Khaos sells
 * what it held as discontinued while the product was disabled. Items Khaos has not confirmed past the grace period
 * show {@code rejected} with the reason.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnboardingProperties.class)
class SkuOnboardingJobConfiguration {

	static final String JOB_NAME = "sku-onboarding";

	/** The job execution context key of the uuids the run released (comma-separated), kept for a restart. */
	static final String RELEASED = "onboarding.released";

	@Bean
	Job skuOnboardingJob(JobRepository jobRepository, Step checkOnboardingSetup, Step checkNewItemConfirmations,
			Step publishNewProductModels, Step publishNewProducts, Step awaitKhaosConfirmations,
			Step releaseConfirmedProducts, Step sendWriteBacks, Step publishReleasedProducts) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(checkOnboardingSetup)
			.next(checkNewItemConfirmations)
			.next(publishNewProductModels)
			.next(publishNewProducts)
			.next(awaitKhaosConfirmations)
			.next(releaseConfirmedProducts)
			.next(sendWriteBacks)
			.next(publishReleasedProducts)
			.build();
	}

	/**
	 * Akeneo must hold the status and message attributes before anything is decided (else one line per problem), and
	 * onboarding must be allowed to write them.
	 */
	@Bean
	Step checkOnboardingSetup(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteBackSetup setup, RunReferenceData runReferenceData) {
		return new StepBuilder("check-akeneo-setup", jobRepository)
			.tasklet((contribution, chunk) -> {
				if (!setup.enabledFor(JOB_NAME)) {
					throw new IllegalStateException("sku-onboarding shows its results in Akeneo: list it in "
							+ "sync.write-back.jobs (jobs/jobs.yml)");
				}
				setup.check(runReferenceData.get());
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	/** Items Khaos took but has not confirmed past the grace period get their exception, which their status shows. */
	@Bean
	Step checkNewItemConfirmations(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UnconfirmedDeliveries unconfirmed, OnboardingProperties properties) {
		return new StepBuilder("check-khaos-confirmations", jobRepository)
			.tasklet(unconfirmed.recordingTasklet(properties.confirmationGrace()), transactionManager)
			.build();
	}

	/**
	 * Waits up to {@code sync.onboarding.await-confirmation} for Khaos to confirm the products awaiting release. Outside
	 * a database transaction, so that each look sees the confirmations committed since.
	 */
	@Bean
	Step awaitKhaosConfirmations(JobRepository jobRepository, Onboardings onboardings, OnboardingProperties properties) {
		return new StepBuilder("await-khaos-confirmations", jobRepository)
			.tasklet((contribution, chunk) -> {
				Instant deadline = Instant.now().plus(properties.awaitConfirmation());
				while (onboardings.unconfirmed() > 0 && Instant.now().isBefore(deadline)) {
					Thread.sleep(shortest(properties.pollInterval(), Duration.between(Instant.now(), deadline)).toMillis());
				}
				return RepeatStatus.FINISHED;
			}, new ResourcelessTransactionManager())
			.build();
	}

	/**
	 * The products Khaos now holds get {@code confirmed} and the release action, in one transaction; which ones goes
	 * into the job execution context for {@code publish-released-products}.
	 */
	@Bean
	Step releaseConfirmedProducts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Releases releases, WriteBackSetup setup, RunReferenceData runReferenceData) {
		return new StepBuilder("release-confirmed-products", jobRepository)
			.tasklet((contribution, chunk) -> {
				ReferenceData reference = runReferenceData.get();
				var stepExecution = contribution.getStepExecution();
				List<String> released = releases.releaseConfirmed(setup.releaseAction(reference),
						stepExecution.getJobExecutionId());
				stepExecution.getJobExecution().getExecutionContext().putString(RELEASED, String.join(",", released));
				return RepeatStatus.FINISHED;
			}, transactionManager)
			.build();
	}

	/** The models onboarding meets, each fetched once when first needed (it meets few). */
	@Bean
	@JobScope
	ModelDirectory onboardingModelDirectory(AkeneoClient akeneoClient) {
		return ModelDirectory.fetchingEachModel(akeneoClient);
	}

	private static Duration shortest(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
