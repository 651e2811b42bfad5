package com.akeneokhaos.outbox;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PendingChangesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void laterEntriesOfAnItemAddTheirFieldsToTheEarlierOnesOptionsFlagByFlag() {
		// given
		OutboxRow create = new OutboxRow(1, "P-1", 1, """
				{"StockID":"P-1","StockCode":"A","BuyPrice":{"Net":2},"Options":{"StockControlled":true,"Discontinued":false}}""",
				"{\"SCSChild\":{\"ParentStockID\":\"M-1\"}}");
		OutboxRow rename = new OutboxRow(2, "P-1", 0, """
				{"StockID":"P-1","StockCode":"A-OLD","Options":{"Discontinued":true}}""", null);
		// when
		List<OutboxRow> collapsed = PendingChanges.collapse(List.of(create, rename), JSON);
		// then
		assertThat(collapsed).singleElement().satisfies(row -> {
			assertThat(JSON.readTree(row.payload())).isEqualTo(JSON.readTree("""
					{"StockID":"P-1","StockCode":"A-OLD","BuyPrice":{"Net":2},
					 "Options":{"StockControlled":true,"Discontinued":true}}"""));
			assertThat(row.relationship()).isEqualTo(create.relationship());
			assertThat(row.deliveryRank()).isZero();
		});
	}

	@Test
	void itemsGoByRankThenByTheirFirstEntry() {
		// given
		OutboxRow child = new OutboxRow(1, "P-1", 1, "{\"StockID\":\"P-1\"}", null);
		OutboxRow simple = new OutboxRow(2, "P-2", 0, "{\"StockID\":\"P-2\"}", null);
		OutboxRow parent = new OutboxRow(3, "M-1", 0, "{\"StockID\":\"M-1\"}", null);
		OutboxRow simpleAgain = new OutboxRow(4, "P-2", 0, "{\"StockID\":\"P-2\",\"StockCode\":\"B\"}", null);
		// when
		List<OutboxRow> collapsed = PendingChanges.collapse(List.of(child, simple, parent, simpleAgain), JSON);
		// then
		assertThat(collapsed).extracting(OutboxRow::stockId).containsExactly("P-2", "M-1", "P-1");
	}

}
