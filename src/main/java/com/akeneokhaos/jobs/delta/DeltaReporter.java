package com.akeneokhaos.jobs.delta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.akeneokhaos.publish.PublishingTally;
import com.akeneokhaos.report.JobReport;
import com.akeneokhaos.report.JobReporter;
import com.akeneokhaos.writeback.WriteBackCounts;
import com.akeneokhaos.writeback.WriteBackSetup;

/**
 * What a delta did: its window, the reference changes it found (each re-evaluated the items it affects),
 * then the counts every publishing run reports (see {@link PublishingTally}).
 */
@Component
class DeltaReporter implements JobReporter {

	private final PublishingTally tally;

	private final WriteBackSetup writeBack;

	DeltaReporter(PublishingTally tally, WriteBackSetup writeBack) {
		this.tally = tally;
		this.writeBack = writeBack;
	}

	@Override
	public String jobName() {
		return DeltaSyncJobConfiguration.JOB_NAME;
	}

	@Override
	public JobReport report(JobExecution execution) {
		PublishingTally.Counts counts = tally.count(execution);
		String planJson = execution.getExecutionContext().getString(DeltaPlan.CONTEXT_KEY, null);
		if (planJson == null) {
			return new JobReport(counts.figures(), counts.lines());
		}
		DeltaPlan plan = DeltaPlan.read(planJson);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("since", (plan.since() != null) ? plan.since() : "");
		figures.put("readEverything", plan.everything());
		figures.put("referenceChanges", plan.reasons());
		figures.putAll(counts.figures());
		List<String> lines = new ArrayList<>();
		lines.add(window(plan));
		plan.reasons().forEach(reason -> lines.add((plan.everything() ? "every item read: " : "re-evaluated: ")
				+ reason));
		lines.addAll(counts.lines());
		if (writeBack.enabledFor(jobName())) {
			WriteBackCounts.of(execution).addTo(figures, lines);
		}
		return new JobReport(figures, lines);
	}

	private static String window(DeltaPlan plan) {
		if (plan.since() == null) {
			return "window: everything (no completed run yet)";
		}
		return "window: updated in Akeneo after " + plan.since() + " UTC";
	}

}
