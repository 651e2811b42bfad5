package com.akeneokhaos.console;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of one reconciliation drift report ({@code sync_drift_item}), by kind, in the order they were found. */
@Component
class DriftItems {

	private final JdbcClient jdbc;

	DriftItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The report's rows, of one kind when it is given. */
	List<DriftItem> of(long instanceId, @Nullable String kind, int limit) {
		String ofKind = (kind != null) ? "AND kind = :kind " : "";
		return jdbc.sql("SELECT kind, stock_code, stock_id, akeneo_uuid, field, akeneo_value, khaos_value, action, "
				+ "detail FROM sync_drift_item WHERE job_instance_id = :instance " + ofKind + "ORDER BY kind, id LIMIT :limit")
			.param("instance", instanceId)
			.param("kind", kind)
			.param("limit", limit)
			.query(DriftItem.class)
			.list();
	}

	/**
	 * One drift found.
	 *
	 * @param kind what differs (see the README's drift kinds)
	 * @param stockCode the Khaos stock code
	 * @param stockId the Khaos StockID
	 * @param akeneoUuid the product in Akeneo; null for an item only Khaos has
	 * @param field the field that differs
	 * @param akeneoValue what Akeneo (through the mapping) says
	 * @param khaosValue what Khaos holds
	 * @param action what the run did about it
	 * @param detail the run's explanation
	 */
	record DriftItem(String kind, @Nullable String stockCode, @Nullable String stockId, @Nullable String akeneoUuid,
			@Nullable String field, @Nullable String akeneoValue, @Nullable String khaosValue, String action,
			@Nullable String detail) {
	}

}
