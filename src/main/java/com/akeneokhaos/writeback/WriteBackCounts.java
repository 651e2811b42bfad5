package com.akeneokhaos.writeback;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What the write-back steps of one execution did, for its run summary: statuses Akeneo applied, found already shown,
 * and refused (each refusal is an open {@code akeneo-write-back-refused} exception).
 */
public record WriteBackCounts(long applied, long alreadyShown, long refused) {

	public static WriteBackCounts of(JobExecution execution) {
		long applied = 0;
		long shown = 0;
		long refused = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			applied += step.getExecutionContext().getInt(WriteBackConfiguration.APPLIED, 0);
			shown += step.getExecutionContext().getInt(WriteBackConfiguration.ALREADY_SHOWN, 0);
			refused += step.getExecutionContext().getInt(WriteBackConfiguration.REFUSED, 0);
		}
		return new WriteBackCounts(applied, shown, refused);
	}

	/** Adds the counts to a run summary's figures and sentences. */
	public void addTo(Map<String, Object> figures, List<String> lines) {
		figures.put("writtenBackToAkeneo", applied);
		figures.put("writeBackRefused", refused);
		String line = "Akeneo statuses written back %d (already shown %d), refused by Akeneo %d".formatted(applied,
				alreadyShown, refused);
		lines.add(refused > 0 ? line + ": see rule akeneo-write-back-refused" : line);
	}

}
