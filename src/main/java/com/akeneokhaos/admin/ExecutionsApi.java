package com.akeneokhaos.admin;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.akeneokhaos.launch.JobBusyException;
import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.launch.Launch;

/**
 * Job executions: {@code GET /api/executions} (newest first, by job and status), {@code GET /api/executions/{id}},
 * {@code POST .../restart} (a failed or stopped execution goes on from its last committed chunk: 202 with the new
 * execution; 409 when it completed, runs, or another execution of its job runs) and {@code POST .../stop} (it ends
 * STOPPED after its current chunk: 202; 409 when it is not running).
 */
@RestController
class ExecutionsApi {

	static final int DEFAULT_LIMIT = 20;

	private static final Set<BatchStatus> NOT_RESTARTABLE = Set.of(BatchStatus.COMPLETED, BatchStatus.ABANDONED);

	private final JobLaunches launches;

	private final ExecutionViews executions;

	ExecutionsApi(JobLaunches launches, ExecutionViews executions) {
		this.launches = launches;
		this.executions = executions;
	}

	@GetMapping("/api/executions")
	List<ExecutionView> executions(@RequestParam(required = false) @Nullable String job,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String limit) {
		return executions.latest(QueryParameters.job(job, launches.jobNames()), QueryParameters.status(status),
				QueryParameters.limit(limit, DEFAULT_LIMIT));
	}

	@GetMapping("/api/executions/{id}")
	ExecutionView execution(@PathVariable long id) {
		return executions.get(id);
	}

	@PostMapping("/api/executions/{id}/restart")
	ResponseEntity<ExecutionView> restart(@PathVariable long id) {
		ExecutionView execution = executions.get(id);
		if (NOT_RESTARTABLE.contains(BatchStatus.valueOf(execution.status()))) {
			throw AdminApiException.conflict("Execution " + id + " is " + execution.status()
					+ ": there is nothing to restart; start a new run instead.");
		}
		return Accepted.execution(executions.get(restarted(id).execution().getId()));
	}

	@PostMapping("/api/executions/{id}/stop")
	ResponseEntity<ExecutionView> stop(@PathVariable long id) {
		try {
			launches.stop(id);
		}
		catch (IllegalArgumentException ex) {
			throw noExecution(id);
		}
		catch (IllegalStateException ex) {
			throw AdminApiException.conflict(ex.getMessage());
		}
		return Accepted.execution(executions.get(id));
	}

	static AdminApiException noExecution(long id) {
		return AdminApiException.notFound("There is no execution " + id + ".");
	}

	private Launch restarted(long id) {
		try {
			return launches.restart(id, false);
		}
		catch (JobBusyException ex) {
			throw AdminApiException
				.conflict(ex.getMessage() + "; restart execution " + id + " once that run has ended.");
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw AdminApiException.conflict(ex.getMessage());
		}
	}

}
