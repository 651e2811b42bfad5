package com.akeneokhaos.jobs.reconcile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service with its Khaos channel polled by the KCC simulator, on a database of its own, with an Akeneo
 * simulator: refresh, let Khaos take and confirm everything, plant drift on either side, reconcile, and read
 * the drift report's rows.
 */
@EndToEnd(properties = { "sync.reconciliation.confirmation-grace=0s", "sync.reconciliation.report-dir=target/reports" })
abstract class ReconciliationTestBase extends EndToEndTestBase {

	private JobOperatorTestUtils reconciliations;

	@Autowired
	private void reconciliationJob(JobOperator operator, JobRepository repository, Job reconciliationJob) {
		reconciliations = new JobOperatorTestUtils(operator, repository);
		reconciliations.setJob(reconciliationJob);
	}

	/** A refresh, then one poll: Khaos holds and has confirmed the catalogue as it is now. */
	void synced() throws Exception {
		refresh();
		khaos().pollOnce();
	}

	JobExecution reconcile() throws Exception {
		return reconciliations.startJob();
	}

	JobExecution dryRun() throws Exception {
		return reconciliations.startJob(reconciliations.getUniqueJobParametersBuilder()
			.addString(ReconcileRun.DRY_RUN, "true")
			.toJobParameters());
	}

	JobExecution reconcileLinking(String links) throws Exception {
		return reconciliations.startJob(reconciliations.getUniqueJobParametersBuilder()
			.addString(KhaosLinks.PARAMETER, links)
			.toJobParameters());
	}

	/** The report's rows of the run: kind → "stock code field" entries. */
	Map<String, List<String>> drift(JobExecution execution) {
		Map<String, List<String>> drift = new TreeMap<>();
		jdbc.sql("SELECT kind, CONCAT(COALESCE(stock_code, stock_id), ' ', COALESCE(field, '-'), ' ', action) "
				+ "FROM sync_drift_item WHERE job_instance_id = ? ORDER BY kind, id")
			.param(execution.getJobInstance().getInstanceId())
			.query((rs, row) -> drift.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return drift;
	}

	/** The StockIDs the execution put in the outbox. */
	List<String> published(JobExecution execution) {
		return jdbc.sql("SELECT stock_id FROM khaos_outbox WHERE job_execution_id = ? ORDER BY id")
			.param(execution.getId())
			.query(String.class)
			.list();
	}
}
