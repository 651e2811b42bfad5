package com.akeneokhaos.jobs.refresh;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads back what the refresh job stored: outbox payloads and exception rules of one execution. */
final class RefreshTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RefreshTestSupport() {
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
