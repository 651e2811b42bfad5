package com.akeneokhaos.admin;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/exceptions} lists exactly the {@code sync_exception} rows its filters (rule, job, SKU or stock
 * code, open or resolved, limit) match, newest first, each with what a merchandiser needs and since when runs have
 * found it.
 */
class AdminApiExceptionsTest extends AdminApiTestBase {

	private static final LocalDateTime DAY = LocalDateTime.of(2026, 3, 2, 8, 0);

	@BeforeEach
	void exceptionRows() {
		jdbc.sql("DELETE FROM sync_exception").update();
		jdbc.sql("DELETE FROM sync_ledger").update();
		exception("A", "sell-price-missing", "catalogue-refresh", "uuid-1", "SKU-1", 0, null);
		exception("B", "sell-price-missing", "catalogue-refresh", "uuid-1", "SKU-1", 1, null);
		exception("C", "khaos-not-confirmed", "delta-sync", "uuid-2", "SKU-2", 2, DAY.plusDays(3));
		exception("D", "barcode-characters", "delta-sync", "uuid-3", "SKU-3", 3, null);
		exception("E", "akeneo-write-back-refused", "sku-onboarding", "uuid-2", "SKU-2", 4, DAY.plusDays(5));
		exception("F", "sell-price-missing", "reconciliation", "model:tee", null, 5, null);
		ledger("uuid-3", "KX-3");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                                                       | F E D C B A
			rule=sell-price-missing                                  | F B A
			job=delta-sync                                           | D C
			sku=SKU-2                                                | E C
			sku=KX-3                                                 | D
			state=open                                               | F D B A
			state=resolved                                           | E C
			rule=sell-price-missing&job=catalogue-refresh&state=open | B A
			job=delta-sync&state=resolved                            | C
			rule=khaos-not-confirmed&sku=SKU-2                       | C
			sku=SKU-1&state=resolved                                 | ''
			sku=NO-SUCH-SKU                                          | ''
			limit=2                                                  | F E
			state=open&limit=1                                       | F
			""")
	void filtersReturnExactlyTheMatchingRows(String query, String expected) {
		// given
		AdminClient admin = admin();
		// when
		JsonNode rows = admin.get("/api/exceptions?" + query).ok();
		// then
		List<String> labels = new ArrayList<>();
		rows.forEach(row -> labels.add(row.get("message").asString().substring(0, 1)));
		List<String> expectedLabels = expected.isBlank() ? List.of() : Arrays.asList(expected.split(" "));
		assertThat(labels).containsExactlyElementsOf(expectedLabels);
	}

	@Test
	void aRowSaysWhatToFixAndSinceWhenRunsFindIt() {
		// given
		AdminClient admin = admin();
		// when
		JsonNode rows = admin.get("/api/exceptions?sku=SKU-1").ok();
		// then
		JsonNode latest = rows.get(0);
		assertThat(latest.get("rule").asString()).isEqualTo("sell-price-missing");
		assertThat(latest.get("job").asString()).isEqualTo("catalogue-refresh");
		assertThat(latest.get("itemKey").asString()).isEqualTo("uuid-1");
		assertThat(latest.get("sku").asString()).isEqualTo("SKU-1");
		assertThat(latest.get("message").asString()).isEqualTo("B: set a sell price in Akeneo");
		assertThat(latest.get("state").asString()).isEqualTo("open");
		assertThat(latest.get("recordedAt").asString()).isEqualTo("2026-03-03T08:00:00");
		assertThat(latest.get("firstSeen").asString()).isEqualTo("2026-03-02T08:00:00");
		assertThat(latest.get("lastSeen").asString()).isEqualTo("2026-03-03T08:00:00");
		assertThat(latest.get("resolvedAt").isNull()).isTrue();
		JsonNode withStockCode = admin.get("/api/exceptions?sku=SKU-3").ok().get(0);
		assertThat(withStockCode.get("stockCode").asString()).isEqualTo("KX-3");
		JsonNode resolved = admin.get("/api/exceptions?rule=khaos-not-confirmed").ok().get(0);
		assertThat(resolved.get("state").asString()).isEqualTo("resolved");
		assertThat(resolved.get("resolvedAt").asString()).isEqualTo("2026-03-05T08:00:00");
	}

	private void exception(String label, String rule, String job, String itemKey, @Nullable String sku, int day,
			@Nullable LocalDateTime resolvedAt) {
		jdbc.sql("""
				INSERT INTO sync_exception (job_execution_id, job_name, item_key, akeneo_uuid, sku, rule_code,
				  khaos_field, offending_value, message, created_at, resolved_at)
				VALUES (NULL, ?, ?, ?, ?, ?, 'SellPrice', NULL, ?, ?, ?)
				""")
			.params(job, itemKey, itemKey.startsWith("uuid-") ? itemKey : null, sku, rule,
					label + ": set a sell price in Akeneo", DAY.plusDays(day), resolvedAt)
			.update();
	}

	private void ledger(String itemKey, String stockCode) {
		jdbc.sql("""
				INSERT INTO sync_ledger (item_key, kind, khaos_stock_id, khaos_stock_code, stock_code_key, status,
				  created_at, updated_at)
				VALUES (?, 'SIMPLE', ?, ?, UPPER(?), 'PUBLISHED', ?, ?)
				""")
			.params(itemKey, "K-" + itemKey, stockCode, stockCode, DAY, DAY)
			.update();
	}

}
