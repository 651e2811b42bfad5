package com.akeneokhaos.console;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.akeneokhaos.admin.ExecutionView;
import com.akeneokhaos.admin.ExecutionViews;
import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.launch.Launch;
import com.akeneokhaos.schedule.JobPlan;
import com.akeneokhaos.schedule.JobScheduler;

/**
 * {@code /console}: per job its last run (status, duration, counts), whether it runs now and when the scheduler
 * starts it next; the outbox entries Khaos has not taken and the oldest item it has not confirmed; a chart of the
 * last 30 runs. The admin can start a job from here ({@code POST /console/jobs/{name}/start}).
 */
@Controller
class DashboardPage {

	static final int CHART_RUNS = 30;

	private final JobLaunches launches;

	private final ExecutionViews executions;

	private final ObjectProvider<JobScheduler> scheduler;

	private final Confirmations confirmations;

	private final ConsoleActions actions;

	DashboardPage(JobLaunches launches, ExecutionViews executions, ObjectProvider<JobScheduler> scheduler,
			Confirmations confirmations, ConsoleActions actions) {
		this.launches = launches;
		this.executions = executions;
		this.scheduler = scheduler;
		this.confirmations = confirmations;
		this.actions = actions;
	}

	@GetMapping({ "/console", "/console/" })
	String dashboard(Model model) {
		model.addAttribute("jobs", launches.jobNames().stream().map(this::job).toList());
		model.addAttribute("outboxPending", confirmations.outboxPending());
		model.addAttribute("waiting", confirmations.waiting());
		model.addAttribute("chart", RunChart.of(executions.latest(null, null, CHART_RUNS)));
		return "console/dashboard";
	}

	@PostMapping("/console/jobs/{name}/start")
	String start(@PathVariable String name, RedirectAttributes redirect) {
		return actions.act(redirect, "/console", () -> {
			Launch launch = launches.start(name,
					new JobParametersBuilder().addLong("run.id", System.currentTimeMillis()).toJobParameters());
			long id = launch.execution().getId();
			return new ConsoleActions.Done("Started " + name + ": execution " + id + ".", "/console/executions/" + id);
		});
	}

	private JobRow job(String name) {
		List<ExecutionView> last = executions.latest(name, null, 1);
		JobScheduler jobScheduler = scheduler.getIfAvailable();
		JobPlan plan = (jobScheduler != null) ? jobScheduler.plan(name).orElse(null) : null;
		return new JobRow(name, launches.running(name), last.isEmpty() ? null : last.get(0), plan);
	}

	/**
	 * One job's line on the dashboard.
	 *
	 * @param name the job name
	 * @param running whether an execution of it runs now
	 * @param last its latest execution; null if it never ran
	 * @param schedule when the scheduler starts it; null when the service schedules nothing
	 */
	record JobRow(String name, boolean running, @Nullable ExecutionView last,
			@Nullable JobPlan schedule) {

		public long items() {
			return (last != null) ? RunChart.items(last) : 0;
		}

		public long rejections() {
			return (last != null) ? RunChart.rejections(last) : 0;
		}

		public String duration() {
			return (last != null) ? Ages.seconds(last.durationSeconds()) : "–";
		}

	}

}
