package com.akeneokhaos.jobs.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.akeneokhaos.publish.PublishingTally;
import com.akeneokhaos.report.JobReport;
import com.akeneokhaos.report.JobReporter;

/**
 * What a reconciliation found: drift by kind, where its report is (JSON and HTML), then the counts every
 * publishing run reports.
 */
@Component
class ReconciliationReporter implements JobReporter {

	private final PublishingTally tally;

	private final DriftStore store;

	ReconciliationReporter(PublishingTally tally, DriftStore store) {
		this.tally = tally;
		this.store = store;
	}

	@Override
	public String jobName() {
		return ReconciliationJobConfiguration.JOB_NAME;
	}

	@Override
	public JobReport report(JobExecution execution) {
		PublishingTally.Counts counts = tally.count(execution);
		Map<String, Long> drift = store.countsByKind(execution.getJobInstance().getInstanceId());
		String paths = execution.getExecutionContext().getString(ReconciliationJobConfiguration.REPORT_PATHS, "");
		String[] files = paths.isEmpty() ? new String[] { "", "" } : paths.split("\n");
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("drift", drift.values().stream().mapToLong(Long::longValue).sum());
		figures.put("driftByKind", drift);
		figures.put("reportJson", files[0]);
		figures.put("reportHtml", files[1]);
		figures.putAll(counts.figures());
		List<String> lines = new ArrayList<>();
		lines.add("drift " + figures.get("drift") + (drift.isEmpty() ? "" : ": " + drift.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(", "))));
		if (!paths.isEmpty()) {
			lines.add("drift report: " + files[1] + " (JSON: " + files[0] + ")");
		}
		lines.addAll(counts.lines());
		return new JobReport(figures, lines);
	}

}
