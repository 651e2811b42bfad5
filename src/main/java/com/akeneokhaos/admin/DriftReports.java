package com.akeneokhaos.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the reconciliation drift reports ({@code sync_drift_report}, one per job instance, written by the
 * {@code reconciliation} job) for the admin API: when each ran, whether it was a dry run, its counts by drift kind
 * and where its JSON and HTML files are.
 */
@Component
public class DriftReports {

	static final String JOB = "reconciliation";

	private static final String SELECT = "SELECT job_instance_id, job_execution_id, dry_run, started_at, finished_at, "
			+ "counts, json_path, html_path FROM sync_drift_report ";

	private final JdbcClient jdbc;

	DriftReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest reports, newest first. */
	public List<DriftReportView> latest(int limit) {
		return jdbc.sql(SELECT + "ORDER BY started_at DESC, job_instance_id DESC LIMIT ?")
			.param(limit)
			.query(DriftReports::view)
			.list();
	}

	/** The report file of a job instance, in the format asked for ({@code html} or {@code json}), if it exists. */
	Optional<Path> file(long instanceId, String format) {
		return find(instanceId).map(report -> format.equals("html") ? report.htmlPath() : report.jsonPath())
			.map(Path::of)
			.filter(Files::isRegularFile);
	}

	/** The report of a reconciliation's job instance, if it has one. */
	public Optional<DriftReportView> find(long instanceId) {
		return jdbc.sql(SELECT + "WHERE job_instance_id = ?").param(instanceId).query(DriftReports::view).optional();
	}

	private static DriftReportView view(ResultSet rs, int rowNum) throws SQLException {
		long instanceId = rs.getLong("job_instance_id");
		String html = rs.getString("html_path");
		String json = rs.getString("json_path");
		return new DriftReportView(instanceId, rs.getLong("job_execution_id"), rs.getBoolean("dry_run"),
				rs.getObject("started_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class),
				counts(rs.getString("counts")), json, html, (json != null) ? link(instanceId, "json") : null,
				(html != null) ? link(instanceId, "html") : null);
	}

	private static Map<String, Long> counts(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JsonMapper.shared().readValue(json, new TypeReference<LinkedHashMap<String, Long>>() {
		});
	}

	static String link(long instanceId, String format) {
		return "/api/reports/drift/" + instanceId + "/" + format;
	}

	/**
	 * One drift report.
	 *
	 * @param jobInstanceId the reconciliation's job instance (a restart finishes the same report)
	 * @param jobExecutionId the execution that last worked on it
	 * @param dryRun whether the run only reported (no correction published)
	 * @param startedAt when the report was started
	 * @param finishedAt when it was finished; null while the run goes on (or failed before its end)
	 * @param counts drift rows by kind, once finished
	 * @param jsonPath where the JSON file was written, as the job recorded it
	 * @param htmlPath where the HTML page was written, as the job recorded it
	 * @param jsonLink where the admin API serves the JSON file
	 * @param htmlLink where the admin API serves the HTML page
	 */
	public record DriftReportView(long jobInstanceId, long jobExecutionId, boolean dryRun, LocalDateTime startedAt,
			@Nullable LocalDateTime finishedAt, Map<String, Long> counts, @Nullable String jsonPath,
			@Nullable String htmlPath, @Nullable String jsonLink, @Nullable String htmlLink) {
	}

}
