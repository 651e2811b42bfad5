package com.akeneokhaos.support;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.akeneokhaos.report.RunSummaries;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;

/**
 * What the tests of an {@link EndToEnd} class reach for: the context's {@link Sandboxes}, its database, and
 * the refresh, delta, onboarding and asset jobs, run to their end through spring-batch-test's {@link JobOperatorTestUtils}, with its run
 * summaries. A family of end-to-end classes extends it from a base annotated with {@link EndToEnd}, which
 * says how the service runs.
 */
public abstract class EndToEndTestBase {

	@Autowired
	protected Sandboxes sandboxes;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected RunSummaries summaries;

	private JobOperatorTestUtils jobs;

	private JobOperatorTestUtils deltas;

	private JobOperatorTestUtils onboardings;

	private JobOperatorTestUtils assetSyncs;

	@Autowired
	private void jobs(JobOperator operator, JobRepository repository, Job catalogueRefreshJob, Job deltaSyncJob,
			Job skuOnboardingJob, Job assetUrlSyncJob) {
		jobs = new JobOperatorTestUtils(operator, repository);
		jobs.setJob(catalogueRefreshJob);
		deltas = new JobOperatorTestUtils(operator, repository);
		deltas.setJob(deltaSyncJob);
		onboardings = new JobOperatorTestUtils(operator, repository);
		onboardings.setJob(skuOnboardingJob);
		assetSyncs = new JobOperatorTestUtils(operator, repository);
		assetSyncs.setJob(assetUrlSyncJob);
	}

	/** Runs {@code catalogue-refresh}, as a new job instance, to its end. */
	protected JobExecution refresh() throws Exception {
		return jobs.startJob();
	}

	/** Runs {@code delta-sync}, as a new job instance, to its end. */
	protected JobExecution delta() throws Exception {
		return deltas.startJob();
	}

	/** Runs {@code sku-onboarding}, as a new job instance, to its end. */
	protected JobExecution onboard() throws Exception {
		return onboardings.startJob();
	}

	/** Runs {@code asset-url-sync}, as a new job instance, to its end. */
	protected JobExecution assetSync() throws Exception {
		return assetSyncs.startJob();
	}

	/** Restarts a failed run (the same job instance) and waits for its end. */
	protected JobExecution restart(JobExecution failed) throws Exception {
		return jobs.getJobOperator().restart(failed);
	}

	/** The catalogue the Akeneo sandbox serves, with its answer key. */
	protected GeneratedCatalogue catalogue() {
		return sandboxes.catalogue();
	}

	/** The Akeneo simulator serving the catalogue. */
	protected AkeneoSimulator akeneo() {
		return sandboxes.akeneo().simulator();
	}

	/** The KCC simulator polling the service's channel. */
	protected KhaosSimulator khaos() {
		return sandboxes.khaos().simulator();
	}

	/** The one number a {@code SELECT COUNT(...)}-like query gives. */
	protected long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
