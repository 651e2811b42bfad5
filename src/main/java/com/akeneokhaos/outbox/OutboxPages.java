package com.akeneokhaos.outbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the Khaos outbox to ProvidedStock in pages. A page's rows are tagged with its token
 * ({@code khaos_outbox.delivery_token}) and marked delivered only when KCC echoes that token; until then
 * every request (a retry, a first contact, a restart of either side) serves the same page again. Requests
 * are serialised within the service process, which is the only one serving the channel.
 */
@Repository
public class OutboxPages {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final PageTagger tagger;

	private final Clock clock;

	private final JsonMapper json;

	private final ReentrantLock lock = new ReentrantLock();

	OutboxPages(JdbcClient jdbc, PlatformTransactionManager transactionManager, PageTagger tagger, Clock clock,
			JsonMapper json) {
		this.json = json;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.tagger = tagger;
		this.clock = clock;
	}

	/** Acknowledges the page {@code continuation} names, if it is one of ours, and returns the next one. */
	public ProvidedStockPage next(@Nullable String continuation, int pageSize) {
		lock.lock();
		try {
			return transaction.execute(status -> nextInTransaction(continuation, pageSize));
		}
		finally {
			lock.unlock();
		}
	}

	private ProvidedStockPage nextInTransaction(@Nullable String continuation, int pageSize) {
		if (continuation != null && !continuation.isBlank()) {
			jdbc.sql("UPDATE khaos_outbox SET delivered_at = ? WHERE delivery_token = ? AND delivered_at IS NULL")
				.params(LocalDateTime.now(clock), continuation.strip())
				.update();
		}
		String token = outstandingToken().orElseGet(() -> {
			String fresh = UUID.randomUUID().toString().replace("-", "");
			tagger.tag(fresh, pageSize);
			return fresh;
		});
		return new ProvidedStockPage(token, rowsOf(token));
	}

	private Optional<String> outstandingToken() {
		return jdbc.sql("SELECT delivery_token FROM khaos_outbox WHERE delivered_at IS NULL "
				+ "AND delivery_token IS NOT NULL ORDER BY id LIMIT 1")
			.query(String.class)
			.optional();
	}

	/** The page's rows, one per StockID (see {@link PendingChanges}). */
	private List<OutboxRow> rowsOf(String token) {
		List<OutboxRow> rows = jdbc
			.sql("SELECT id, stock_id, delivery_rank, payload, relationship FROM khaos_outbox "
					+ "WHERE delivery_token = ? AND delivered_at IS NULL ORDER BY id")
			.param(token)
			.query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5)))
			.list();
		return PendingChanges.collapse(rows, json);
	}

}
