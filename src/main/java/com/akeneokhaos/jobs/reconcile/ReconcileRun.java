package com.akeneokhaos.jobs.reconcile;

/**
 * The reconciliation run a step belongs to: its report is the job instance's, its rows carry the execution,
 * and a dry run writes nothing but its report.
 */
record ReconcileRun(long instanceId, long executionId, boolean dryRun) {

	static final String DRY_RUN = "dry-run";

	static boolean dryRun(String parameter) {
		return Boolean.parseBoolean(parameter);
	}

}
