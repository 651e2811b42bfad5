package com.akeneokhaos.jobs.refresh;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.support.DatabaseProperties;

/** Runs the refresh job in tests and reads back what it stored. */
final class RefreshTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RefreshTestSupport() {
	}

	static void register(DynamicPropertyRegistry registry, AkeneoSandbox sandbox, String purpose) {
		DatabaseProperties.register(registry, purpose);
		sandbox.properties().forEach(p -> registry.add(p[0], () -> p[1]));
		registry.add("sync.refresh.skip-limit", () -> "100");
	}

	static JobExecution run(JobOperator operator, Job job) throws Exception {
		return operator.start(job, new JobParametersBuilder().addLong("run.id", System.nanoTime()).toJobParameters());
	}

	static long count(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Outbox payloads of one execution, parsed, keyed by item key (uuid). */
	static Map<String, JsonNode> payloads(JdbcClient jdbc, long executionId) {
		return jdbc.sql("SELECT item_key, payload FROM khaos_outbox WHERE job_execution_id = ?")
			.param(executionId)
			.query((rs, row) -> Map.entry(rs.getString(1), JSON.readTree(rs.getString(2))))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Exception rules by item key for one execution. */
	static Map<String, List<String>> rulesByItem(JdbcClient jdbc, long executionId) {
		return jdbc.sql("SELECT item_key, rule_code FROM sync_exception WHERE job_execution_id = ?")
			.param(executionId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
					java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
	}

}
