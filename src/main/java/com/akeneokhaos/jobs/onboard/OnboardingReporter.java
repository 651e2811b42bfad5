package com.akeneokhaos.jobs.onboard;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.akeneokhaos.publish.PublishingTally;
import com.akeneokhaos.report.JobReport;
import com.akeneokhaos.report.JobReporter;
import com.akeneokhaos.writeback.WriteBackCounts;

/**
 * What an onboarding run did: the counts every publishing run reports (see {@link PublishingTally}), the products
 * it released, and the statuses it wrote back to Akeneo.
 */
@Component
class OnboardingReporter implements JobReporter {

	private final PublishingTally tally;

	private final Onboardings onboardings;

	OnboardingReporter(PublishingTally tally, Onboardings onboardings) {
		this.tally = tally;
		this.onboardings = onboardings;
	}

	@Override
	public String jobName() {
		return SkuOnboardingJobConfiguration.JOB_NAME;
	}

	@Override
	public JobReport report(JobExecution execution) {
		PublishingTally.Counts counts = tally.count(execution);
		Map<String, Object> figures = counts.figures();
		List<String> lines = counts.lines();
		long released = onboardings.countReleasedBy(execution.getId());
		figures.put("released", released);
		lines.add("released to the sales channels (Khaos holds them) %d".formatted(released));
		WriteBackCounts.of(execution).addTo(figures, lines);
		return new JobReport(figures, lines);
	}

}
