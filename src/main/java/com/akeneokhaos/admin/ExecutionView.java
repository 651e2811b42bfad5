package com.akeneokhaos.admin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One job execution as the admin API shows it: how it stands or ended (from Batch's tables), its totals and
 * per-step counts as committed, and what the job itself reports about it ({@code figures} and {@code summary}: the
 * run summary the CLI prints, e.g. published, unchanged, rejected by rule).
 *
 * @param id the execution id (what {@code restart} and {@code stop} take)
 * @param job the job name
 * @param instanceId the job instance: a restart is a new execution of the same instance
 * @param status the Batch status (STARTED, COMPLETED, FAILED, STOPPING, STOPPED...)
 * @param exitCode the exit code
 * @param exitDescription the exit description (for a failed run, why, as Batch stored it)
 * @param createTime when the execution was created
 * @param startTime when it started
 * @param endTime when it ended; null while it runs
 * @param durationSeconds from start to end, or to now while it runs
 * @param parameters its job parameters, by name
 * @param read items read over its steps
 * @param written items written over its steps
 * @param skipped items skipped (read, process and write skips) over its steps
 * @param steps its step executions, in the order they started
 * @param figures the job's own figures for the run
 * @param summary the run summary's lines
 */
public record ExecutionView(long id, String job, long instanceId, String status, @Nullable String exitCode,
		@Nullable String exitDescription, @Nullable LocalDateTime createTime, @Nullable LocalDateTime startTime,
		@Nullable LocalDateTime endTime, @Nullable Double durationSeconds, Map<String, String> parameters, long read,
		long written, long skipped, List<StepView> steps, Map<String, Object> figures, List<String> summary) {

	/**
	 * One step execution's counts, as committed.
	 *
	 * @param id the step execution id
	 * @param name the step name
	 * @param status its Batch status
	 * @param exitCode its exit code
	 * @param startTime when it started
	 * @param endTime when it ended
	 * @param read items read
	 * @param written items written
	 * @param filtered items the processor filtered out
	 * @param skipped read, process and write skips
	 * @param commits chunks committed
	 * @param rollbacks chunks rolled back
	 */
	public record StepView(long id, String name, String status, @Nullable String exitCode, @Nullable LocalDateTime startTime,
			@Nullable LocalDateTime endTime, long read, long written, long filtered, long skipped, long commits,
			long rollbacks) {
	}

}
