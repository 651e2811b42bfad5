package com.akeneokhaos.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.report.RunSummaries;
import com.akeneokhaos.report.RunSummary;

/**
 * {@code GET /api/reports}: per job, the run summaries of its latest executions (what the CLI prints after a run),
 * and the latest reconciliation drift reports, each with a link to its files, which
 * {@code GET /api/reports/drift/{instanceId}/html} and {@code .../json} serve.
 */
@RestController
class ReportsApi {

	static final int DEFAULT_LIMIT = 5;

	private static final Map<String, MediaType> FORMATS = Map.of("html", MediaType.TEXT_HTML, "json",
			MediaType.APPLICATION_JSON);

	private final JobLaunches launches;

	private final ExecutionViews executions;

	private final RunSummaries summaries;

	private final DriftReports driftReports;

	ReportsApi(JobLaunches launches, ExecutionViews executions, RunSummaries summaries, DriftReports driftReports) {
		this.launches = launches;
		this.executions = executions;
		this.summaries = summaries;
		this.driftReports = driftReports;
	}

	@GetMapping("/api/reports")
	Reports reports(@RequestParam(required = false) @Nullable String job,
			@RequestParam(required = false) @Nullable String limit) {
		String only = QueryParameters.job(job, launches.jobNames());
		int count = QueryParameters.limit(limit, DEFAULT_LIMIT);
		List<String> jobs = (only != null) ? List.of(only) : List.copyOf(launches.jobNames());
		List<JobRuns> runs = jobs.stream().map(name -> runs(name, count)).toList();
		boolean drift = only == null || only.equals(DriftReports.JOB);
		return new Reports(runs, drift ? driftReports.latest(count) : List.of());
	}

	@GetMapping("/api/reports/drift/{instanceId}/{format}")
	ResponseEntity<Resource> driftReportFile(@PathVariable long instanceId, @PathVariable String format) {
		MediaType type = FORMATS.get(format);
		if (type == null) {
			throw AdminApiException.notFound("A drift report is served as html or json, not '" + format + "'.");
		}
		Path file = driftReports.file(instanceId, format)
			.orElseThrow(() -> AdminApiException
				.notFound("There is no " + format + " drift report file for job instance " + instanceId + "."));
		return ResponseEntity.ok().contentType(type).body(new FileSystemResource(file));
	}

	private JobRuns runs(String job, int limit) {
		return new JobRuns(job, executions.latestIds(job, limit).stream().map(summaries::of).map(RunView::of).toList());
	}

	/**
	 * The reports.
	 *
	 * @param runs per job, its latest runs' summaries
	 * @param driftReports the latest reconciliation drift reports, newest first
	 */
	record Reports(List<JobRuns> runs, List<DriftReports.DriftReportView> driftReports) {
	}

	/**
	 * One job's latest runs.
	 *
	 * @param job the job name
	 * @param executions their summaries, newest first
	 */
	record JobRuns(String job, List<RunView> executions) {
	}

	/**
	 * One run's summary, as {@code --summary-json} writes it.
	 *
	 * @param executionId the execution
	 * @param status its Batch status
	 * @param exitCode its exit code
	 * @param durationSeconds how long it ran
	 * @param figures what the job did, by name
	 * @param lines the summary the CLI prints
	 * @param exitMessage why it did not complete, if it did not
	 */
	record RunView(long executionId, String status, String exitCode, double durationSeconds,
			Map<String, Object> figures, List<String> lines, String exitMessage) {

		static RunView of(RunSummary summary) {
			return new RunView(summary.executionId(), summary.status(), summary.exitCode(),
					summary.duration().toMillis() / 1000.0, summary.report().figures(), summary.report().lines(),
					summary.exitMessage());
		}

	}

}
