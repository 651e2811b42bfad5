package com.akeneokhaos.report;

import org.springframework.batch.core.job.JobExecution;

/**
 * Tells what an execution of one job did (a bean per job); a job without one is reported by its step
 * counts.
 */
public interface JobReporter {

	/** The name of the job this reporter speaks for. */
	String jobName();

	JobReport report(JobExecution execution);

}
