package com.akeneokhaos.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one execution put in the outbox, item by item, with the fields that differ from what Khaos was sent
 * before for the same StockID: the sandbox's answer to "what did it publish, and why".
 */
final class PublishedChanges {

	private static final JsonMapper JSON = JsonMapper.shared();

	private PublishedChanges() {
	}

	/** One line per outbox entry of the execution, at most {@code limit}, then how many more. */
	static List<String> of(JdbcClient jdbc, long executionId, int limit) {
		List<Entry> entries = jdbc.sql("""
				SELECT o.stock_code, o.change_type, o.payload,
				  (SELECT p.payload FROM khaos_outbox p WHERE p.stock_id = o.stock_id AND p.id < o.id
				   ORDER BY p.id DESC LIMIT 1) AS previous
				FROM khaos_outbox o WHERE o.job_execution_id = ? ORDER BY o.delivery_rank, o.id""")
			.param(executionId)
			.query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		List<String> lines = new ArrayList<>();
		entries.stream().limit(limit).forEach(entry -> lines.add(entry.describe()));
		if (entries.size() > limit) {
			lines.add("... and " + (entries.size() - limit) + " more");
		}
		return lines;
	}

	private record Entry(String stockCode, String changeType, String payload, String previous) {

		String describe() {
			String head = "%s %s".formatted(changeType, stockCode);
			if (previous == null) {
				return head + ": new in Khaos";
			}
			Map<String, String> before = flat(JSON.readTree(previous));
			List<String> changed = new ArrayList<>();
			flat(JSON.readTree(payload)).forEach((field, value) -> {
				if (!Objects.equals(before.get(field), value)) {
					changed.add(field + " '" + before.getOrDefault(field, "") + "' -> '" + value + "'");
				}
			});
			return head + ": " + (changed.isEmpty() ? "relationship changed" : String.join(", ", changed));
		}

		private static Map<String, String> flat(JsonNode node) {
			Map<String, String> fields = new TreeMap<>();
			flatten("", node, fields);
			return fields;
		}

		private static void flatten(String path, JsonNode node, Map<String, String> fields) {
			if (node.isObject()) {
				node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
						e.getValue(), fields));
			}
			else {
				String text = (node.isString() ? node.asString() : node.toString()).replace("\n", " / ");
				fields.put(path, (text.length() > 60) ? text.substring(0, 57) + "..." : text);
			}
		}

	}

}
