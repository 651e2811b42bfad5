package com.akeneokhaos.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The report of a job that has no reporter of its own: items read, written and skipped over its steps. */
final class StepCounts {

	private StepCounts() {
	}

	static JobReport of(JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount();
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("read", read);
		figures.put("written", written);
		figures.put("skipped", skipped);
		return new JobReport(figures, List.of("read %d, written %d, skipped %d".formatted(read, written, skipped)));
	}

}
