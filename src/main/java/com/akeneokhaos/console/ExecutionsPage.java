package com.akeneokhaos.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.akeneokhaos.admin.ExecutionView;
import com.akeneokhaos.admin.ExecutionViews;
import com.akeneokhaos.launch.JobLaunches;

/**
 * {@code /console/executions}: the latest executions (by job and status), and one execution's detail (steps and
 * their counts, parameters, exit description, the run summary) with its restart button (failed or stopped runs go
 * on from their last committed chunk) and stop button (a running one ends after its current chunk).
 */
@Controller
class ExecutionsPage {

	static final int LIST_SIZE = 50;

	private static final List<String> STATUSES = Arrays.stream(BatchStatus.values()).map(Enum::name).toList();

	private final JobLaunches launches;

	private final ExecutionViews executions;

	private final ConsoleActions actions;

	ExecutionsPage(JobLaunches launches, ExecutionViews executions, ConsoleActions actions) {
		this.launches = launches;
		this.executions = executions;
		this.actions = actions;
	}

	@GetMapping("/console/executions")
	String executions(@RequestParam(required = false) @Nullable String job,
			@RequestParam(required = false) @Nullable String status, Model model) {
		String onlyJob = Filters.oneOf(job, launches.jobNames());
		String onlyStatus = Filters.oneOf((status != null) ? status.toUpperCase(Locale.ROOT) : null, STATUSES);
		model.addAttribute("executions", executions.latest(onlyJob, (onlyStatus != null) ? BatchStatus.valueOf(onlyStatus)
				: null, LIST_SIZE));
		model.addAttribute("jobNames", launches.jobNames());
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("job", onlyJob);
		model.addAttribute("status", onlyStatus);
		return "console/executions";
	}

	@GetMapping("/console/executions/{id}")
	String execution(@PathVariable long id, Model model) {
		ExecutionView execution = executions.find(id).orElseThrow(() -> new NotFound("There is no execution " + id + "."));
		model.addAttribute("execution", execution);
		model.addAttribute("restartable", restartable(execution));
		model.addAttribute("stoppable", BatchStatus.valueOf(execution.status()).isRunning());
		return "console/execution";
	}

	@PostMapping("/console/executions/{id}/restart")
	String restart(@PathVariable long id, RedirectAttributes redirect) {
		return actions.act(redirect, "/console/executions/" + id, () -> {
			ExecutionView execution = executions.find(id)
				.orElseThrow(() -> new IllegalArgumentException("There is no execution " + id + "."));
			if (!restartable(execution)) {
				throw new IllegalStateException("Execution " + id + " is " + execution.status()
						+ ": there is nothing to restart; start a new run from the dashboard instead.");
			}
			long restarted = launches.restart(id, false).execution().getId();
			return new ConsoleActions.Done("Restarted execution " + id + " as execution " + restarted
					+ ": it goes on from its last committed chunk.", "/console/executions/" + restarted);
		});
	}

	@PostMapping("/console/executions/{id}/stop")
	String stop(@PathVariable long id, RedirectAttributes redirect) {
		return actions.act(redirect, "/console/executions/" + id, () -> {
			launches.stop(id);
			return new ConsoleActions.Done("Execution " + id + " stops after its current chunk.",
					"/console/executions/" + id);
		});
	}

	private static boolean restartable(ExecutionView execution) {
		BatchStatus status = BatchStatus.valueOf(execution.status());
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
	}

}
