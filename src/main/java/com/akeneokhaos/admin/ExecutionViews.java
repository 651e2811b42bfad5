package com.akeneokhaos.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.akeneokhaos.admin.ExecutionView.StepView;
import com.akeneokhaos.report.JobReport;
import com.akeneokhaos.report.RunSummaries;

/**
 * Reads job executions for the admin API: the rows of Batch's tables (one query for the executions, one for all
 * their steps, one for their parameters, however many are asked for) and each execution's run summary.
 */
@Component
public class ExecutionViews {

	private static final Logger log = LoggerFactory.getLogger(ExecutionViews.class);

	private static final String EXECUTIONS = """
			SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE,
			  e.CREATE_TIME, e.START_TIME, e.END_TIME
			FROM BATCH_JOB_EXECUTION e
			JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
			""";

	private final JdbcClient jdbc;

	private final RunSummaries summaries;

	ExecutionViews(JdbcClient jdbc, RunSummaries summaries) {
		this.jdbc = jdbc;
		this.summaries = summaries;
	}

	/** The latest executions, newest first, of one job and in one status when they are given. */
	public List<ExecutionView> latest(@Nullable String job, @Nullable BatchStatus status, int limit) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (job != null) {
			conditions.add("i.JOB_NAME = :job");
			params.put("job", job);
		}
		if (status != null) {
			conditions.add("e.STATUS = :status");
			params.put("status", status.name());
		}
		params.put("limit", limit);
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + "\n";
		return views(jdbc.sql(EXECUTIONS + where + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit")
			.params(params)
			.query(ExecutionViews::row)
			.list());
	}

	/** The execution with this id, if there is one. */
	public Optional<ExecutionView> find(long id) {
		List<ExecutionRow> rows = jdbc.sql(EXECUTIONS + "WHERE e.JOB_EXECUTION_ID = :id")
			.param("id", id)
			.query(ExecutionViews::row)
			.list();
		return views(rows).stream().findFirst();
	}

	/** The execution with this id; 404 when there is none. */
	ExecutionView get(long id) {
		return find(id).orElseThrow(() -> ExecutionsApi.noExecution(id));
	}

	/** The ids of the job's latest executions, newest first. */
	public List<Long> latestIds(String job, int limit) {
		return jdbc.sql("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
				+ "WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?")
			.params(job, limit)
			.query(Long.class)
			.list();
	}

	private List<ExecutionView> views(List<ExecutionRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(ExecutionRow::id).toList();
		Map<Long, List<StepView>> steps = steps(ids);
		Map<Long, Map<String, String>> parameters = parameters(ids);
		return rows.stream()
			.map(row -> view(row, steps.getOrDefault(row.id(), List.of()), parameters.getOrDefault(row.id(), Map.of())))
			.toList();
	}

	private ExecutionView view(ExecutionRow row, List<StepView> steps, Map<String, String> parameters) {
		JobReport report = report(row.id());
		return new ExecutionView(row.id(), row.job(), row.instanceId(), row.status(), row.exitCode(),
				row.exitDescription(), row.createTime(), row.startTime(), row.endTime(),
				seconds(row.startTime(), row.endTime()), parameters, sum(steps, StepView::read),
				sum(steps, StepView::written), sum(steps, StepView::skipped), steps, report.figures(), report.lines());
	}

	/** The job's own report of the run; empty (and logged) if the job cannot tell, so a list still shows. */
	private JobReport report(long id) {
		try {
			return summaries.of(id).report();
		}
		catch (RuntimeException ex) {
			log.warn("Admin API: no run summary for execution {}: {}", id, ex.toString());
			return new JobReport(Map.of(), List.of());
		}
	}

	private Map<Long, List<StepView>> steps(Collection<Long> ids) {
		Map<Long, List<StepView>> steps = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT JOB_EXECUTION_ID, STEP_EXECUTION_ID, STEP_NAME, STATUS, EXIT_CODE, START_TIME, END_TIME,
				  READ_COUNT, WRITE_COUNT, FILTER_COUNT, READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT SKIPS,
				  COMMIT_COUNT, ROLLBACK_COUNT
				FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (:ids) ORDER BY STEP_EXECUTION_ID""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				steps.computeIfAbsent(rs.getLong("JOB_EXECUTION_ID"), id -> new ArrayList<>()).add(step(rs));
			});
		return steps;
	}

	private Map<Long, Map<String, String>> parameters(Collection<Long> ids) {
		Map<Long, Map<String, String>> parameters = new LinkedHashMap<>();
		jdbc.sql("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
				+ "WHERE JOB_EXECUTION_ID IN (:ids) ORDER BY PARAMETER_NAME")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				parameters.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getString(3));
			});
		return parameters;
	}

	private static ExecutionRow row(ResultSet rs, int rowNum) throws SQLException {
		return new ExecutionRow(rs.getLong("JOB_EXECUTION_ID"), rs.getLong("JOB_INSTANCE_ID"), rs.getString("JOB_NAME"),
				rs.getString("STATUS"), rs.getString("EXIT_CODE"), rs.getString("EXIT_MESSAGE"),
				rs.getObject("CREATE_TIME", LocalDateTime.class), rs.getObject("START_TIME", LocalDateTime.class),
				rs.getObject("END_TIME", LocalDateTime.class));
	}

	private static StepView step(ResultSet rs) throws SQLException {
		return new StepView(rs.getLong("STEP_EXECUTION_ID"), rs.getString("STEP_NAME"), rs.getString("STATUS"),
				rs.getString("EXIT_CODE"), rs.getObject("START_TIME", LocalDateTime.class),
				rs.getObject("END_TIME", LocalDateTime.class), rs.getLong("READ_COUNT"), rs.getLong("WRITE_COUNT"),
				rs.getLong("FILTER_COUNT"), rs.getLong("SKIPS"), rs.getLong("COMMIT_COUNT"),
				rs.getLong("ROLLBACK_COUNT"));
	}

	private static @Nullable Double seconds(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
		if (start == null) {
			return null;
		}
		return Duration.between(start, (end != null) ? end : LocalDateTime.now()).toMillis() / 1000.0;
	}

	private static long sum(List<StepView> steps, ToLongFunction<StepView> count) {
		return steps.stream().mapToLong(count).sum();
	}

	/** An execution's own row, before its steps and summary are added. */
	private record ExecutionRow(long id, long instanceId, String job, String status, @Nullable String exitCode,
			@Nullable String exitDescription, @Nullable LocalDateTime createTime, @Nullable LocalDateTime startTime,
			@Nullable LocalDateTime endTime) {
	}

}
