package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** StockStatusUpload stores levels per item and site, idempotently, at most 100 a request. */
class StockStatusUploadEndpointTest extends ChannelTestBase {

	@Test
	void storesLevelsPerSite() {
		assertThat(post("StockStatusUpload", fixture("stock-status-upload.json")).statusCode()).isEqualTo(200);
		assertThat(post("StockStatusUpload", fixture("stock-status-upload.xml")).statusCode()).isEqualTo(200);

		assertThat(count("SELECT COUNT(*) FROM khaos_mirror_level")).isEqualTo(5);
		Map<String, Object> teapot = level("KX-1001", "1");
		assertThat((BigDecimal) teapot.get("available")).isEqualByComparingTo("12");
		assertThat((BigDecimal) teapot.get("on_order")).isEqualByComparingTo("30");
		assertThat(level("KX-1002", "1").get("on_order")).isNull();
		assertThat((BigDecimal) level("KX-2001", "9").get("available")).isEqualByComparingTo("1.25");
	}

	@Test
	void theSameBodyTwiceChangesNothingTheSecondTime() {
		post("StockStatusUpload", fixture("stock-status-upload.json"));
		String afterFirst = snapshot();

		assertThat(post("StockStatusUpload", fixture("stock-status-upload.json")).statusCode()).isEqualTo(200);

		assertThat(snapshot()).isEqualTo(afterFirst);
	}

	@Test
	void moreThanOneHundredStatusesAreRefused() {
		String statuses = IntStream.range(0, 101)
			.mapToObj(i -> "{\"StockID\":\"S" + i + "\",\"SiteID\":1,\"Levels\":{\"Available\":1}}")
			.collect(Collectors.joining(",", "{\"Statuses\":[", "]}"));

		var response = post("StockStatusUpload", statuses.getBytes());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("at most 100");
		assertThat(count("SELECT COUNT(*) FROM khaos_mirror_level")).isZero();
	}

	private Map<String, Object> level(String stockId, String site) {
		return jdbc.sql("SELECT * FROM khaos_mirror_level WHERE stock_id = ? AND site = ?")
			.params(stockId, site)
			.query()
			.singleRow();
	}

}
