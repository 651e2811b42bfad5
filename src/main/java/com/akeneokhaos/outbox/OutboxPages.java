package com.akeneokhaos.outbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the Khaos outbox to ProvidedStock in pages. A page's rows are tagged with its token
 * ({@code khaos_outbox.delivery_token}) and marked delivered only when KCC echoes that token; until then
 * every request (a retry, a first contact, a restart of either side) serves the same page again. Any number
 * of service instances may serve the channel on one database: each request runs in one transaction that
 * first locks the {@code provided-stock} row of {@code sync_mutex}, so requests are serialised across
 * instances and two requests at once (a retry behind a load balancer) get the same page.
 */
@Repository
public class OutboxPages {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final PageTagger tagger;

	private final Clock clock;

	private final JsonMapper json;

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
		return transaction.execute(status -> nextInTransaction(continuation, pageSize));
	}

	private ProvidedStockPage nextInTransaction(@Nullable String continuation, int pageSize) {
		lockChannel();
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

	/**
	 * Waits for, and holds until the transaction ends, the channel's row lock: the next request, from this
	 * instance or another, then sees what this one acknowledged and tagged.
	 */
	private void lockChannel() {
		jdbc.sql("SELECT name FROM sync_mutex WHERE name = 'provided-stock' FOR UPDATE").query(String.class).single();
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
