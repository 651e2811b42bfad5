package com.akeneokhaos.launch;

import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

/**
 * What a look for dead executions of one job found.
 *
 * @param recovered the executions that had lost their process, now marked failed
 * @param restarted the restart of the latest of them, when asked for
 */
public record DeadExecutions(List<JobExecution> recovered, Optional<Launch> restarted) {

	static final DeadExecutions NONE = new DeadExecutions(List.of(), Optional.empty());

}
