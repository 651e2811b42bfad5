package com.akeneokhaos.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.akeneokhaos.launch.JobBusyException;
import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.launch.Launch;
import com.akeneokhaos.schedule.JobPlan;
import com.akeneokhaos.schedule.JobScheduler;

/**
 * The suite's jobs: {@code GET /api/jobs} lists each with whether it runs and its last execution;
 * {@code POST /api/jobs/{name}/executions} starts a new run (202, the run goes on in the background; 404 unknown
 * job, 400 refused parameters, 409 while an execution of the job runs anywhere, 503 when a setting is wrong or
 * Akeneo cannot be reached).
 */
@RestController
class JobsApi {

	private final JobLaunches launches;

	private final ExecutionViews executions;

	private final ObjectProvider<JobScheduler> scheduler;

	JobsApi(JobLaunches launches, ExecutionViews executions, ObjectProvider<JobScheduler> scheduler) {
		this.launches = launches;
		this.scheduler = scheduler;
		this.executions = executions;
	}

	@GetMapping("/api/jobs")
	List<JobView> jobs() {
		return launches.jobNames().stream().map(this::job).toList();
	}

	@PostMapping("/api/jobs/{name}/executions")
	ResponseEntity<ExecutionView> start(@PathVariable String name,
			@RequestBody(required = false) @Nullable String body) {
		if (!launches.jobNames().contains(name)) {
			throw AdminApiException.notFound("There is no job '" + name + "'; the jobs are " + launches.jobNames());
		}
		JobParameters parameters = StartRequest.parameters(body);
		return Accepted.execution(executions.get(launch(name, parameters).execution().getId()));
	}

	private JobView job(String name) {
		List<ExecutionView> last = executions.latest(name, null, 1);
		JobScheduler scheduler = this.scheduler.getIfAvailable();
		return new JobView(name, launches.running(name), last.isEmpty() ? null : last.get(0),
				(scheduler != null) ? scheduler.plan(name).orElse(null) : null);
	}

	private Launch launch(String name, JobParameters parameters) {
		try {
			return launches.start(name, parameters);
		}
		catch (JobBusyException ex) {
			throw AdminApiException.conflict(ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw AdminApiException.badRequest(ex.getMessage());
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof InvalidJobParametersException) {
				throw AdminApiException.badRequest(ex.getCause().getMessage());
			}
			throw ex;
		}
	}

	/**
	 * A job, whether an execution of it runs now, and its latest execution.
	 *
	 * @param name the job name
	 * @param running whether an execution of it is marked running
	 * @param lastExecution its latest execution; null if it never ran
	 * @param schedule when the service starts it; null when the service does not schedule jobs
	 */
	record JobView(String name, boolean running, @Nullable ExecutionView lastExecution, @Nullable JobPlan schedule) {
	}

}
