package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.support.TestDatabase;

/**
 * The service is killed (SIGKILL) while it stores a StockUpload. KCC had no 200, so it sends the upload
 * again to the restarted service: the mirror, the ledger confirmations and their history then equal those
 * of an upload that was never interrupted, each item confirmed once.
 */
class StockUploadServiceKillTest {

	private static final int ITEMS = 2_000;

	@TempDir
	Path folder;

	/** Long enough for the upload to be under way, well before a 2,000-item upload is stored. */
	private static final int KILL_AFTER_MILLIS = 300;

	@Test
	void kccsRetryAfterTheServiceDiedEndsAsAnUninterruptedUpload() throws Exception {
		// given
		String upload = upload();
		TestDatabase.Coordinates expected = uploadedOnce(upload);
		TestDatabase.Coordinates db = publishedLedger("upload_killed");
		int port = ServiceProcess.freePort();
		ServiceProcess first = ServiceProcess.start(db, port, folder.resolve("first.log"));
		CompletableFuture<?> interrupted = CompletableFuture.runAsync(() -> first.postJson("StockUpload", upload));
		Thread.sleep(KILL_AFTER_MILLIS);

		// when
		first.kill();
		interrupted.handle((done, failure) -> null).join();
		try (ServiceProcess second = ServiceProcess.start(db, port, folder.resolve("second.log"))) {
			int retried = second.postJson("StockUpload", upload).statusCode();

			// then
			assertThat(retried).isEqualTo(200);
			assertThat(state(db)).isEqualTo(state(expected));
		}
	}

	private TestDatabase.Coordinates uploadedOnce(String upload) {
		TestDatabase.Coordinates db = publishedLedger("upload_once");
		try (ServiceProcess service = ServiceProcess.start(db, ServiceProcess.freePort(), folder.resolve("once.log"))) {
			assertThat(service.postJson("StockUpload", upload).statusCode()).isEqualTo(200);
		}
		return db;
	}

	/** A database whose ledger holds every item as published and not yet confirmed. */
	private static TestDatabase.Coordinates publishedLedger(String purpose) {
		TestDatabase.Coordinates db = TestDatabase.newDatabase(purpose);
		Flyway.configure()
			.dataSource(db.url(), db.username(), db.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
		JdbcClient jdbc = jdbc(db);
		IntStream.range(0, ITEMS).forEach(i -> LedgerRows.published(jdbc, "uuid-" + i, stockId(i), "CODE-" + i));
		return db;
	}

	/** What the channel stored, without the times it stored it at. */
	private static List<String> state(TestDatabase.Coordinates db) {
		JdbcClient jdbc = jdbc(db);
		List<String> rows = new ArrayList<>(jdbc
			.sql("SELECT CONCAT_WS('|', stock_id, stock_code, payload_hash, deleted) FROM khaos_mirror_item "
					+ "ORDER BY stock_id")
			.query(String.class)
			.list());
		rows.addAll(jdbc.sql("SELECT CONCAT_WS('|', item_key, status) FROM sync_ledger ORDER BY item_key")
			.query(String.class)
			.list());
		rows.addAll(jdbc
			.sql("SELECT CONCAT_WS('|', item_key, event, COUNT(*)) FROM sync_ledger_history GROUP BY item_key, event "
					+ "ORDER BY item_key, event")
			.query(String.class)
			.list());
		return rows;
	}

	private static String upload() {
		return IntStream.range(0, ITEMS)
			.mapToObj(i -> "{\"StockID\":\"" + stockId(i) + "\",\"StockCode\":\"CODE-" + i
					+ "\",\"ShortDescription\":\"Item " + i + "\",\"SellPrice\":{\"Net\":" + i + ".5}}")
			.collect(Collectors.joining(",", "{\"Items\":[", "]}"));
	}

	private static String stockId(int i) {
		return "P-upload-%05d".formatted(i);
	}

	private static JdbcClient jdbc(TestDatabase.Coordinates db) {
		return JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
	}

}
