package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ProvidedStock pages through the outbox with Sirion-Continuation: nothing twice once taken, nothing lost. */
class ProvidedStockPagingTest extends ChannelTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void takes2500PendingEntriesInThreePagesOfAThousand() {
		List<String> all = OutboxRows.append(jdbc, 2500);
		List<String> served = new ArrayList<>();

		HttpResponse<String> first = get("ProvidedStock");
		served.addAll(stockIds(first));
		HttpResponse<String> second = get("ProvidedStock", "Sirion-Continuation", token(first));
		HttpResponse<String> retried = get("ProvidedStock", "Sirion-Continuation", token(first));
		assertThat(retried.body()).isEqualTo(second.body());
		assertThat(token(retried)).isEqualTo(token(second));
		served.addAll(stockIds(second));
		HttpResponse<String> third = get("ProvidedStock", "Sirion-Continuation", token(second));
		served.addAll(stockIds(third));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NOT NULL")).isEqualTo(2000);
		HttpResponse<String> done = get("ProvidedStock", "Sirion-Continuation", token(third));

		assertThat(List.of(stockIds(first).size(), stockIds(second).size(), stockIds(third).size()))
			.containsExactly(1000, 1000, 500);
		assertThat(served).containsExactlyElementsOf(all);
		assertThat(stockIds(done)).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL")).isZero();
		assertThat(stockIds(get("ProvidedStock", "Sirion-Continuation", token(first)))).isEmpty();
	}

	@Test
	void anUnacknowledgedPageIsServedAgainOnFirstContactOrAfterARestart() {
		OutboxRows.append(jdbc, 5);
		HttpResponse<String> first = get("ProvidedStock", "Sirion-Continuation", "2026-01-01T00:00:00");

		HttpResponse<String> again = get("ProvidedStock");
		HttpResponse<String> unknownToken = get("ProvidedStock", "Sirion-Continuation", "not-one-of-ours");

		assertThat(stockIds(first)).hasSize(5);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(token(unknownToken)).isEqualTo(token(first));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NOT NULL")).isZero();
	}

	@Test
	void entriesOfOneStockIdCollapseToTheLatestAndParentsComeFirst() {
		OutboxRows.append(jdbc, "CHILD", 1, "{\"StockID\":\"CHILD\",\"ShortDescription\":\"old\"}",
				"{\"SCSChild\":{\"ParentStockID\":\"PARENT\",\"SCSValues\":[\"RED\"],\"SCSDescriptions\":[\"Red\"]}}");
		OutboxRows.append(jdbc, "PARENT", 0, "{\"StockID\":\"PARENT\",\"LongDescription\":null}",
				"{\"StockID\":\"PARENT\",\"SCSParent\":{\"Headings\":[\"Colour\"]}}");
		OutboxRows.append(jdbc, "CHILD", 1, "{\"StockID\":\"CHILD\",\"ShortDescription\":\"new\"}",
				"{\"SCSChild\":{\"ParentStockID\":\"PARENT\",\"SCSValues\":[\"RED\"],\"SCSDescriptions\":[\"Red\"]}}");

		HttpResponse<String> page = get("ProvidedStock");
		JsonNode body = JSON.readTree(page.body());

		assertThat(stockIds(page)).containsExactly("PARENT", "CHILD");
		assertThat(body.at("/StockItems/Items/1/ShortDescription").asString()).isEqualTo("new");
		assertThat(body.at("/StockItems/Items/0").has("LongDescription")).isFalse();
		assertThat(body.at("/Relationships/Relationships/0/SCSParent/Headings/0").asString()).isEqualTo("Colour");
		assertThat(body.at("/Relationships/Relationships/1/StockID").asString()).isEqualTo("CHILD");

		get("ProvidedStock", "Sirion-Continuation", token(page));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL")).isZero();
	}

	@Test
	void entriesAddedWhileAPageIsOutWaitForTheNextPage() {
		OutboxRows.append(jdbc, 2);
		HttpResponse<String> first = get("ProvidedStock");
		OutboxRows.append(jdbc, "S00001", 0, "{\"StockID\":\"S00001\",\"StockCode\":\"C1-changed\"}", null);

		HttpResponse<String> again = get("ProvidedStock");
		HttpResponse<String> next = get("ProvidedStock", "Sirion-Continuation", token(first));

		assertThat(again.body()).isEqualTo(first.body());
		assertThat(stockIds(next)).containsExactly("S00001");
		assertThat(next.body()).contains("C1-changed");
	}

	private static String token(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().firstValue("Sirion-Continuation").orElseThrow();
	}

	private static List<String> stockIds(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		JSON.readTree(response.body()).at("/StockItems/Items").forEach(item -> {
			assertThat(seen.add(item.get("StockID").asString())).isTrue();
			ids.add(item.get("StockID").asString());
		});
		return ids;
	}

}
