package com.akeneokhaos.launch;

import java.util.concurrent.CompletableFuture;

import org.springframework.batch.core.job.JobExecution;

/**
 * An execution that was started: as Batch created it, and the same execution once it has ended.
 *
 * @param execution the execution just created (running)
 * @param finished completes with the execution when it ends
 */
public record Launch(JobExecution execution, CompletableFuture<JobExecution> finished) {
}
