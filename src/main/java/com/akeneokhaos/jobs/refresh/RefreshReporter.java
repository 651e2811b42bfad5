package com.akeneokhaos.jobs.refresh;

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
 * What a refresh did: items read, published, unchanged and rejected (by rule), items Khaos has not
 * confirmed, structure changes and Khaos items retired (see {@link PublishingTally}), and the statuses written
 * back to Akeneo when the refresh writes back.
 */
@Component
class RefreshReporter implements JobReporter {

	private final PublishingTally tally;

	private final WriteBackSetup writeBack;

	RefreshReporter(PublishingTally tally, WriteBackSetup writeBack) {
		this.tally = tally;
		this.writeBack = writeBack;
	}

	@Override
	public String jobName() {
		return CatalogueRefreshJobConfiguration.JOB_NAME;
	}

	@Override
	public JobReport report(JobExecution execution) {
		PublishingTally.Counts counts = tally.count(execution);
		Map<String, Object> figures = counts.figures();
		List<String> lines = counts.lines();
		if (writeBack.enabledFor(jobName())) {
			WriteBackCounts.of(execution).addTo(figures, lines);
		}
		return new JobReport(figures, lines);
	}

}
