package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * KCC may post overlapping uploads at once (retries, several sites). Uploads that share StockIDs in
 * different orders must all be stored (200), none lost to a deadlock, and the mirror and ledger must end as
 * the uploads say, with each item confirmed once.
 */
class ConcurrentUploadsTest extends ChannelTestBase {

	private static final int THREADS = 40;

	private static final int REQUESTS = 80;

	private static final List<String> STOCK_IDS = IntStream.range(0, 30).mapToObj(i -> "KX-" + (1000 + i)).toList();

	@Test
	void overlappingStockUploadsAreAllStoredAndConfirmEachItemOnce() throws Exception {
		// given
		STOCK_IDS.forEach(id -> LedgerRows.published(jdbc, "uuid-" + id, id, "C-" + id));
		List<byte[]> bodies = overlapping(7, ids -> ("{\"Items\":[" + ids.stream()
			.map(id -> "{\"StockID\":\"" + id + "\",\"StockCode\":\"C-" + id + "\",\"ShortDescription\":\"Item " + id
					+ "\"}")
			.collect(Collectors.joining(",")) + "]}"));

		// when
		List<Integer> statuses = postAll("StockUpload", bodies);

		// then
		assertThat(statuses).containsOnly(200);
		assertThat(jdbc.sql("SELECT stock_id, stock_code FROM khaos_mirror_item ORDER BY stock_id")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getString(2))
			.list()).isEqualTo(STOCK_IDS.stream().map(id -> id + "=C-" + id).toList());
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE status = 'CONFIRMED'")).isEqualTo(STOCK_IDS.size());
		assertThat(count("SELECT COUNT(*) FROM sync_ledger_history WHERE event = 'CONFIRMED'"))
			.isEqualTo(STOCK_IDS.size());
	}

	@Test
	void overlappingStockStatusUploadsAreAllStored() throws Exception {
		// given
		List<byte[]> bodies = overlapping(11, ids -> ("{\"Statuses\":[" + ids.stream()
			.map(id -> "{\"StockID\":\"" + id + "\",\"SiteID\":\"1\",\"Levels\":{\"Available\":\"" + available(id)
					+ "\",\"OnOrder\":2}}")
			.collect(Collectors.joining(",")) + "]}"));

		// when
		List<Integer> statuses = postAll("StockStatusUpload", bodies);

		// then
		assertThat(statuses).containsOnly(200);
		Map<String, BigDecimal> levels = jdbc.sql("SELECT stock_id, available FROM khaos_mirror_level WHERE site = '1'")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(levels).hasSize(STOCK_IDS.size());
		STOCK_IDS.forEach(id -> assertThat(levels.get(id)).isEqualByComparingTo(available(id)));
	}

	@Test
	void theLastUploadOfAnItemWins() {
		// given
		post("StockUpload", bytes("{\"Items\":[{\"StockID\":\"KX-1\",\"StockCode\":\"FIRST\"},"
				+ "{\"StockID\":\"KX-1\",\"StockCode\":\"SECOND\"}]}"));

		// when
		int status = post("StockUpload", bytes("{\"Items\":[{\"StockID\":\"KX-1\",\"StockCode\":\"THIRD\"}]}"))
			.statusCode();

		// then
		assertThat(status).isEqualTo(200);
		assertThat(jdbc.sql("SELECT stock_code FROM khaos_mirror_item WHERE stock_id = 'KX-1'")
			.query(String.class)
			.single()).isEqualTo("THIRD");
	}

	/** {@value #REQUESTS} bodies of 20 StockIDs each, drawn from a pool of 30, each in its own order. */
	private static List<byte[]> overlapping(long seed, Function<List<String>, String> body) {
		Random random = new Random(seed);
		List<byte[]> bodies = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			List<String> ids = new ArrayList<>(STOCK_IDS);
			Collections.shuffle(ids, random);
			bodies.add(bytes(body.apply(ids.subList(0, 20))));
		}
		return bodies;
	}

	private List<Integer> postAll(String endpoint, List<byte[]> bodies) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Callable<Integer>> calls = bodies.stream()
				.map(body -> (Callable<Integer>) () -> post(endpoint, body).statusCode())
				.toList();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(calls, 2, TimeUnit.MINUTES)) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String available(String stockId) {
		return stockId.substring(3) + ".1234";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
