package com.akeneokhaos.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Puts the next page of pending outbox entries under a new continuation token: the first
 * {@code pageSize} StockIDs in delivery order (rank of their latest entry, then oldest entry), each with
 * every pending entry up to its latest, so superseded entries are acknowledged with the one served.
 */
@Repository
class PageTagger {

	private final JdbcClient jdbc;

	PageTagger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void tag(String token, int pageSize) {
		Map<String, Long> lastId = new HashMap<>();
		jdbc.sql("""
				SELECT g.stock_id, g.last_id FROM (
				  SELECT stock_id, MIN(id) AS first_id, MAX(id) AS last_id FROM khaos_outbox
				  WHERE delivered_at IS NULL AND delivery_token IS NULL GROUP BY stock_id) g
				JOIN khaos_outbox l ON l.id = g.last_id
				ORDER BY l.delivery_rank, g.first_id LIMIT ?
				""")
			.param(pageSize)
			.query(rs -> {
				lastId.put(rs.getString(1), rs.getLong(2));
			});
		if (lastId.isEmpty()) {
			return;
		}
		List<Long> rowIds = new ArrayList<>();
		jdbc.sql("SELECT id, stock_id FROM khaos_outbox WHERE delivered_at IS NULL AND delivery_token IS NULL "
				+ "AND stock_id IN (:ids)")
			.param("ids", lastId.keySet())
			.query(rs -> {
				if (rs.getLong(1) <= lastId.get(rs.getString(2))) {
					rowIds.add(rs.getLong(1));
				}
			});
		jdbc.sql("UPDATE khaos_outbox SET delivery_token = :token WHERE id IN (:rows)")
			.param("token", token)
			.param("rows", rowIds)
			.update();
	}

}
