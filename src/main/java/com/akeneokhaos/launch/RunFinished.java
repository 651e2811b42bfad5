package com.akeneokhaos.launch;

import org.springframework.batch.core.job.JobExecution;

/**
 * Published when an execution of any job ends in this process, whatever started it, and when this process marks
 * failed an execution whose process died: what metrics and notifications hear about runs from.
 *
 * @param execution the execution, with its final status and step executions
 */
public record RunFinished(JobExecution execution) {
}
