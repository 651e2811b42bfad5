package com.akeneokhaos.jobs.refresh;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.akeneokhaos.publish.PublishingTally;
import com.akeneokhaos.report.JobReport;
import com.akeneokhaos.report.JobReporter;

/**
 * What a refresh did: items read, published, unchanged and rejected (by rule), items Khaos has not
 * confirmed, structure changes and Khaos items retired (see {@link PublishingTally}).
 */
@Component
class RefreshReporter implements JobReporter {

	private final PublishingTally tally;

	RefreshReporter(PublishingTally tally) {
		this.tally = tally;
	}

	@Override
	public String jobName() {
		return CatalogueRefreshJobConfiguration.JOB_NAME;
	}

	@Override
	public JobReport report(JobExecution execution) {
		PublishingTally.Counts counts = tally.count(execution);
		return new JobReport(counts.figures(), counts.lines());
	}

}
