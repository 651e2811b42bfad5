package com.akeneokhaos.jobs.assets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.outbox.OutboxEntry.ChangeType;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.report.JobReport;
import com.akeneokhaos.report.JobReporter;

/**
 * What an asset-url-sync run did: its window, the products read, those whose images went to Khaos, those unchanged,
 * those Khaos does not hold yet (their images go once it does), and those with an image URL Khaos cannot take.
 */
@Component
class AssetSyncReporter implements JobReporter {

	private final Outbox outbox;

	private final SyncExceptions exceptions;

	AssetSyncReporter(Outbox outbox, SyncExceptions exceptions) {
		this.outbox = outbox;
		this.exceptions = exceptions;
	}

	@Override
	public String jobName() {
		return AssetUrlSyncJobConfiguration.JOB_NAME;
	}

	@Override
	public JobReport report(JobExecution execution) {
		long read = 0;
		long written = 0;
		long notInKhaos = 0;
		long rejected = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			notInKhaos += step.getFilterCount();
			rejected += step.getSkipCount();
		}
		long published = outbox.countForExecution(execution.getId(), ChangeType.UPDATE);
		String planJson = execution.getExecutionContext().getString(ImagePlan.CONTEXT_KEY, null);
		ImagePlan plan = (planJson != null) ? ImagePlan.read(planJson) : null;
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("since", (plan != null && plan.since() != null) ? plan.since() : "");
		figures.put("changedAssets", (plan != null) ? plan.changedAssets() : 0);
		figures.put("read", read);
		figures.put("imagesPublished", published);
		figures.put("unchanged", Math.max(0, written - published));
		figures.put("notInKhaosYet", notInKhaos);
		figures.put("rejected", rejected);
		figures.put("rejectedByRule", exceptions.countByRule(execution.getId()));
		List<String> lines = new ArrayList<>();
		lines.add(window(plan));
		lines.add("read %d, images published %d, unchanged %d, not in Khaos yet %d, rejected %d".formatted(read,
				published, Math.max(0, written - published), notInKhaos, rejected));
		return new JobReport(figures, lines);
	}

	private static String window(@Nullable ImagePlan plan) {
		if (plan != null && !plan.configured()) {
			return "the mapping file has no images: section: nothing to send";
		}
		if (plan == null || plan.since() == null) {
			return "window: every product (no completed run yet)";
		}
		return "window: changed in Akeneo after " + plan.since() + " (" + plan.changedAssets() + " asset(s) changed)";
	}

}
