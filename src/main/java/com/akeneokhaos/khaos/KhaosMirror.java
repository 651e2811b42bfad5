package com.akeneokhaos.khaos;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.ledger.LedgerConfirmations;
import com.akeneokhaos.outbox.PayloadHash;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;

/**
 * The Khaos mirror: what Khaos Control Cloud told us it holds (StockUpload, StockStatusUpload). Every
 * write is a no-op when the stored state already equals the uploaded one, so KCC's retries change nothing.
 */
@Repository
class KhaosMirror {

	private static final RetryTemplate LOCK_RETRIES = new RetryTemplate(RetryPolicy.builder()
		.includes(ConcurrencyFailureException.class)
		.maxRetries(8)
		.delay(Duration.ofMillis(20))
		.multiplier(2)
		.jitter(Duration.ofMillis(10))
		.maxDelay(Duration.ofSeconds(1))
		.build());

	private final JdbcClient jdbc;

	private final LedgerConfirmations confirmations;

	private final SyncExceptions exceptions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	KhaosMirror(JdbcClient jdbc, LedgerConfirmations confirmations, SyncExceptions exceptions,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.exceptions = exceptions;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.confirmations = confirmations;
		this.clock = clock;
	}

	/** Stores a StockUpload and confirms the ledger items it names, in one transaction. */
	void store(StockUploadBody upload) {
		inTransaction(() -> storeItems(upload));
	}

	/** Stores the levels of a StockStatusUpload in one transaction. */
	void store(StockStatusBody upload) {
		inTransaction(() -> storeLevels(upload));
	}

	/**
	 * Rows are written in StockID order, so overlapping uploads take their locks in the same order; a
	 * transaction that still loses a deadlock or a lock wait (gap locks of new keys) is rolled back and run
	 * again whole, as KCC would retry it.
	 */
	private void inTransaction(Runnable work) {
		LOCK_RETRIES.invoke(() -> transaction.executeWithoutResult(status -> work.run()));
	}

	private void storeItems(StockUploadBody upload) {
		LocalDateTime now = LocalDateTime.now(clock);
		for (StockUploadBody.Item item : upload.items()) {
			jdbc.sql("""
					INSERT INTO khaos_mirror_item (stock_id, stock_code, stock_code_key, payload, payload_hash,
					  deleted, received_at)
					VALUES (?, ?, ?, ?, ?, FALSE, ?)
					ON DUPLICATE KEY UPDATE
					  received_at = IF(payload_hash = VALUES(payload_hash) AND NOT deleted, received_at,
					    VALUES(received_at)),
					  stock_code = VALUES(stock_code), stock_code_key = VALUES(stock_code_key),
					  payload = VALUES(payload), payload_hash = VALUES(payload_hash), deleted = FALSE
					""")
				.params(item.stockId(), item.stockCode(), item.stockCodeKey(), item.payload(), item.payloadHash(),
						now)
				.update();
		}
		for (String stockId : upload.deleted()) {
			ObjectNode tombstone = JsonNodeFactory.instance.objectNode().put("StockID", stockId);
			jdbc.sql("""
					INSERT INTO khaos_mirror_item (stock_id, payload, payload_hash, deleted, received_at)
					VALUES (?, ?, ?, TRUE, ?)
					ON DUPLICATE KEY UPDATE received_at = IF(deleted, received_at, VALUES(received_at)),
					  deleted = TRUE
					""")
				.params(stockId, tombstone.toString(), PayloadHash.of(tombstone), now)
				.update();
		}
		List<String> confirmed = confirmations.confirm(
				upload.items().stream().map(StockUploadBody.Item::stockId).toList(), now);
		exceptions.resolve(confirmed, Rule.KHAOS_NOT_CONFIRMED.code());
	}

	private void storeLevels(StockStatusBody upload) {
		LocalDateTime now = LocalDateTime.now(clock);
		for (StockStatusBody.Status status : upload.statuses()) {
			jdbc.sql("""
					INSERT INTO khaos_mirror_level (stock_id, site, available, on_order, received_at)
					VALUES (?, ?, ?, ?, ?)
					ON DUPLICATE KEY UPDATE
					  received_at = IF(available <=> VALUES(available) AND on_order <=> VALUES(on_order),
					    received_at, VALUES(received_at)),
					  available = VALUES(available), on_order = VALUES(on_order)
					""")
				.params(status.stockId(), status.site(), status.available(), status.onOrder(), now)
				.update();
		}
	}

}
