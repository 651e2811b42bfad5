package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** StockUpload stores KCC's items in the mirror, confirms the ledger, and is idempotent. */
class StockUploadEndpointTest extends ChannelTestBase {

	@Test
	void storesItemsConfirmsLedgerAndMarksDeleted() {
		LedgerRows.published(jdbc, "uuid-1", "KX-1001", "tea.pot.red-01");
		LedgerRows.published(jdbc, "uuid-3", "KX-3000", "not-uploaded");

		assertThat(post("StockUpload", fixture("stock-upload.json")).statusCode()).isEqualTo(200);

		Map<String, Object> teapot = jdbc.sql("SELECT * FROM khaos_mirror_item WHERE stock_id = 'KX-1001'")
			.query()
			.singleRow();
		assertThat(teapot).containsEntry("stock_code", "tea.pot.red-01")
			.containsEntry("stock_code_key", "TEA.POT.RED-01")
			.containsEntry("deleted", false);
		assertThat((String) teapot.get("payload")).contains("\"SomeFieldKhaosAddedLater\"");
		assertThat(count("SELECT COUNT(*) FROM khaos_mirror_item WHERE stock_code = '0042-MUG'")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM khaos_mirror_item WHERE stock_id = 'KX-0999' AND deleted"))
			.isEqualTo(1);
		assertThat(LedgerRows.status(jdbc, "KX-1001")).isEqualTo("CONFIRMED");
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE khaos_stock_id = 'KX-1001' "
				+ "AND confirmed_at IS NOT NULL")).isEqualTo(1);
		assertThat(LedgerRows.status(jdbc, "KX-3000")).isEqualTo("PUBLISHED");
		assertThat(count("SELECT COUNT(*) FROM sync_ledger_history WHERE event = 'CONFIRMED'")).isEqualTo(1);
	}

	@Test
	void theSameBodyTwiceChangesNothingTheSecondTime() {
		LedgerRows.published(jdbc, "uuid-1", "KX-1001", "tea.pot.red-01");
		assertThat(post("StockUpload", fixture("stock-upload.json")).statusCode()).isEqualTo(200);
		String afterFirst = snapshot();

		assertThat(post("StockUpload", fixture("stock-upload.json")).statusCode()).isEqualTo(200);

		assertThat(snapshot()).isEqualTo(afterFirst);
	}

	@Test
	void xmlBodyIsStoredLikeJson() {
		LedgerRows.published(jdbc, "uuid-2", "KX-2001", "lamp.brass-02");

		assertThat(post("StockUpload", fixture("stock-upload.xml")).statusCode()).isEqualTo(200);
		String afterFirst = snapshot();
		assertThat(post("StockUpload", fixture("stock-upload.xml")).statusCode()).isEqualTo(200);

		assertThat(snapshot()).isEqualTo(afterFirst);
		Map<String, Object> lamp = jdbc.sql("SELECT * FROM khaos_mirror_item WHERE stock_id = 'KX-2001'")
			.query()
			.singleRow();
		assertThat(lamp).containsEntry("stock_code", "lamp.brass-02").containsEntry("deleted", false);
		assertThat((String) lamp.get("payload")).contains("\"TaxRate\":{\"Code\":\"1\",\"ID\":\"1\",\"Name\":\"Standard\"}")
			.contains("\"Barcodes\":[{\"Barcode\":\"5012345678900\"");
		assertThat(LedgerRows.status(jdbc, "KX-2001")).isEqualTo("CONFIRMED");
	}

	@Test
	void anItemUploadedAgainAfterItsDeletionIsLiveAgain() {
		post("StockUpload", "{\"Deleted\":[\"KX-1002\"]}".getBytes());
		assertThat(count("SELECT COUNT(*) FROM khaos_mirror_item WHERE deleted")).isEqualTo(1);

		assertThat(post("StockUpload", fixture("stock-upload.json")).statusCode()).isEqualTo(200);

		assertThat(count("SELECT COUNT(*) FROM khaos_mirror_item WHERE stock_id = 'KX-1002' AND NOT deleted"))
			.isEqualTo(1);
	}

}
