package com.akeneokhaos.console;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.akeneokhaos.ledger.Ledger;

/**
 * What Khaos has and has not confirmed: the outbox entries no KCC poll has taken yet, the items published but not
 * confirmed by a StockUpload since (ledger status PUBLISHED: the oldest is the figure to watch), and the open
 * {@code khaos-not-confirmed} exceptions, each with the reason the sync found. Times are UTC, as the ledger's.
 */
@Component
class Confirmations {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Clock clock;

	Confirmations(JdbcClient jdbc, Ledger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Outbox entries Khaos has not taken yet. */
	long outboxPending() {
		return jdbc.sql("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL").query(Long.class).single();
	}

	/** How many items wait for Khaos to confirm them, and for how long the oldest has. */
	Waiting waiting() {
		Ledger.Unconfirmed unconfirmed = ledger.unconfirmed();
		LocalDateTime oldest = unconfirmed.oldestPublished();
		return new Waiting(unconfirmed.count(), oldest, (oldest != null) ? age(oldest) : null);
	}

	/** The items waiting for Khaos, oldest first, with when Khaos last took them from the channel (if it did). */
	List<Unconfirmed> unconfirmed(int limit) {
		return jdbc.sql("""
				SELECT l.item_key, l.sku, l.khaos_stock_code, l.akeneo_uuid,
				  COALESCE(l.first_published_at, l.last_published_at, l.created_at) published,
				  (SELECT MAX(o.delivered_at) FROM khaos_outbox o WHERE o.stock_id = l.khaos_stock_id) taken
				FROM sync_ledger l WHERE l.status = 'PUBLISHED'
				ORDER BY published, l.item_key LIMIT ?""")
			.param(limit)
			.query((rs, row) -> {
				LocalDateTime published = rs.getObject("published", LocalDateTime.class);
				return new Unconfirmed(rs.getString("item_key"), rs.getString("sku"), rs.getString("khaos_stock_code"),
						rs.getString("akeneo_uuid"), published, rs.getObject("taken", LocalDateTime.class),
						age(published));
			})
			.list();
	}

	private String age(LocalDateTime since) {
		Duration age = Duration.between(since, LocalDateTime.now(clock));
		return Ages.of(age.isNegative() ? Duration.ZERO : age);
	}

	/**
	 * Items waiting for Khaos.
	 *
	 * @param count how many
	 * @param oldest when the oldest was published; null when none waits
	 * @param oldestAge how long ago that was, in words; null when none waits
	 */
	record Waiting(long count, @Nullable LocalDateTime oldest, @Nullable String oldestAge) {
	}

	/**
	 * One item published but not confirmed by Khaos.
	 *
	 * @param itemKey the ledger key
	 * @param sku its SKU
	 * @param stockCode its Khaos stock code
	 * @param akeneoUuid its product uuid (null for a product model)
	 * @param publishedAt when it was first published
	 * @param takenAt when Khaos last took it from the channel; null if Khaos has not polled it yet
	 * @param age how long it has waited, in words
	 */
	record Unconfirmed(String itemKey, @Nullable String sku, @Nullable String stockCode, @Nullable String akeneoUuid,
			LocalDateTime publishedAt, @Nullable LocalDateTime takenAt, String age) {
	}

}
