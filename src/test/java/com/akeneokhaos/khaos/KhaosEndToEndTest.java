package com.akeneokhaos.khaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.sandbox.khaos.OrderImportCheck;
import com.akeneokhaos.sandbox.khaos.PollResult;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, done-when 1, end to end: the service (web server with the channel) on a fresh database, an Akeneo
 * sandbox of 500 products Khaos accepts, {@code catalogue-refresh}, then one poll cycle of the Khaos Control
 * Cloud simulator: Khaos holds exactly what the mapping produced, the mirror and the ledger confirm all 500,
 * and orders for their codes import. A second poll takes nothing new. Each test starts from a database and
 * simulators of its own.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class KhaosEndToEndTest extends KhaosServiceTestBase {

	static final int PRODUCTS = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261129L, PRODUCTS);

	@Test
	void onePollCycleGivesKhaosExactlyTheMappedItemsAndConfirmsThemAll() throws Exception {
		// given
		JobExecution refresh = refresh();
		assertThat(refresh.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, ObjectNode> published = outboxPayloads();
		assertThat(published).hasSize(PRODUCTS);
		assertThat(published.values()).allSatisfy(payload -> assertThat(payload.propertyNames()).contains("StockID",
				"StockCode", "ShortDescription", "SellPrice", "BuyPrice", "TaxRate", "StockType1", "StockType2"));
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		// when
		PollResult poll = khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		assertThat(poll.applied()).isEqualTo(PRODUCTS);
		assertThat(poll.rejected()).isZero();
		assertThat(poll.failedUploads()).isZero();
		Map<String, KhaosStockItem> held = khaos.items();
		assertThat(held.keySet()).containsExactlyInAnyOrderElementsOf(published.keySet());
		List<String> differences = new ArrayList<>();
		published.forEach((stockId, payload) -> differences(payload, held.get(stockId).fields(), stockId, differences));
		assertThat(differences).as("fields Khaos holds that differ from the mapped payload").isEmpty();
		assertThat(jdbc.sql("SELECT stock_id FROM khaos_mirror_item WHERE NOT deleted").query(String.class).list())
			.containsExactlyInAnyOrderElementsOf(published.keySet());
		assertThat(ledgerCount("CONFIRMED")).isEqualTo(PRODUCTS);
		assertThat(ledgerCount("PUBLISHED")).isZero();
		List<String> codes = orderableCodes(khaos, sandboxes.akeneo());
		assertThat(codes).hasSizeGreaterThan(PRODUCTS * 8 / 10);
		OrderImportCheck orders = khaos.wouldOrderImport(codes);
		assertThat(orders.ok()).as("order import of all codes: %s", orders).isTrue();
	}

	@Test
	void aSecondPollTakesNothingNew() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		Map<String, KhaosStockItem> before = khaos.items();
		String mirrorBefore = jdbc.sql("SELECT stock_id, payload_hash, received_at FROM khaos_mirror_item ORDER BY stock_id")
			.query()
			.listOfRows()
			.toString();
		// when
		PollResult poll = khaos.pollOnce();
		// then
		assertThat(poll.pages()).isZero();
		assertThat(poll.applied()).isZero();
		assertThat(poll.rejected()).isZero();
		assertThat(khaos.items()).hasSize(PRODUCTS);
		assertThat(khaos.items().keySet()).containsExactlyElementsOf(before.keySet());
		assertThat(khaos.rejections()).isEmpty();
		assertThat(ledgerCount("CONFIRMED")).isEqualTo(PRODUCTS);
		assertThat(jdbc.sql("SELECT stock_id, payload_hash, received_at FROM khaos_mirror_item ORDER BY stock_id")
			.query()
			.listOfRows()
			.toString()).isEqualTo(mirrorBefore);
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL")).isZero();
	}

	/** The outbox payload of every StockID (the latest entry when there are several). */
	private Map<String, ObjectNode> outboxPayloads() {
		Map<String, ObjectNode> payloads = new LinkedHashMap<>();
		jdbc.sql("SELECT stock_id, payload FROM khaos_outbox ORDER BY id")
			.query((rs, n) -> Map.entry(rs.getString(1), (ObjectNode) JSON.readTree(rs.getString(2))))
			.list()
			.forEach(e -> payloads.put(e.getKey(), e.getValue()));
		return payloads;
	}

	/** Every field of {@code expected} must be in {@code actual} with the same value (numbers by value). */
	private static void differences(JsonNode expected, JsonNode actual, String path, List<String> out) {
		if (actual == null || actual.isMissingNode()) {
			out.add(path + ": missing in Khaos, expected " + expected);
		}
		else if (expected.isNumber() && actual.isNumber()) {
			if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
				out.add(path + ": expected " + expected + " but Khaos holds " + actual);
			}
		}
		else if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>();
			expected.properties().forEach(e -> names.add(e.getKey()));
			names.forEach(name -> differences(expected.get(name), actual.get(name), path + "." + name, out));
		}
		else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
			for (int i = 0; i < expected.size(); i++) {
				differences(expected.get(i), actual.get(i), path + "[" + i + "]", out);
			}
		}
		else if (!expected.equals(actual)) {
			out.add(path + ": expected " + expected + " but Khaos holds " + actual);
		}
	}

	private long ledgerCount(String status) {
		return count("SELECT COUNT(*) FROM sync_ledger WHERE status = ?", status);
	}


}
