package com.akeneokhaos.launch;

import org.springframework.batch.core.job.JobExecution;

/**
 * Published when an execution of any job ends in this process, whatever started it: what metrics and
 * notifications hear about runs from.
 *
 * @param execution the execution, with its final status and step executions
 */
public record RunFinished(JobExecution execution) {
}
