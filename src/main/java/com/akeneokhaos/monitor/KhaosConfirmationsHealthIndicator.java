package com.akeneokhaos.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.akeneokhaos.ledger.Ledger;

/**
 * The {@code khaosConfirmations} health component: the items published to Khaos that Khaos has not confirmed yet
 * (ledger status PUBLISHED: no StockUpload of them since), how many and how long the oldest has waited, and of those
 * the ones Khaos already took from the channel (the sign that Khaos refused them: see rule
 * {@code khaos-not-confirmed}). Always UP: it is a figure to watch and alert on, not a reason to stop the service.
 * UNKNOWN when the tables cannot be read; the {@code db} component says why.
 */
@Component
class KhaosConfirmationsHealthIndicator implements HealthIndicator {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Clock clock;

	KhaosConfirmationsHealthIndicator(JdbcClient jdbc, Ledger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public Health health() {
		try {
			LocalDateTime now = LocalDateTime.now(clock);
			Waiting unconfirmed = unconfirmed();
			Waiting taken = takenByKhaos();
			return Health.up()
				.withDetail("unconfirmed", unconfirmed.count())
				.withDetail("oldestUnconfirmedSince", since(unconfirmed))
				.withDetail("oldestUnconfirmedAge", age(unconfirmed, now))
				.withDetail("takenByKhaosUnconfirmed", taken.count())
				.withDetail("oldestTakenSince", since(taken))
				.withDetail("oldestTakenAge", age(taken, now))
				.build();
		}
		catch (DataAccessException ex) {
			return Health.unknown().withDetail("error", "cannot read the ledger: " + ex.getMessage()).build();
		}
	}

	/** Published items not confirmed, and when the oldest was first published (times are UTC, as the ledger's). */
	private Waiting unconfirmed() {
		Ledger.Unconfirmed unconfirmed = ledger.unconfirmed();
		return new Waiting(unconfirmed.count(), unconfirmed.oldestPublished());
	}

	/** Of those, the ones Khaos took from the channel, and when Khaos last took the oldest of them. */
	private Waiting takenByKhaos() {
		return jdbc.sql("""
				SELECT COUNT(*), MIN(taken) FROM (
				  SELECT MAX(o.delivered_at) taken
				  FROM sync_ledger l JOIN khaos_outbox o ON o.stock_id = l.khaos_stock_id
				  WHERE l.status = 'PUBLISHED' AND o.delivered_at IS NOT NULL
				  GROUP BY l.item_key) t
				""").query((rs, row) -> new Waiting(rs.getLong(1), rs.getObject(2, LocalDateTime.class))).single();
	}

	private static String since(Waiting waiting) {
		return (waiting.oldest() != null) ? waiting.oldest().toInstant(ZoneOffset.UTC).toString() : "none";
	}

	private static String age(Waiting waiting, LocalDateTime now) {
		if (waiting.oldest() == null) {
			return "none";
		}
		Duration age = Duration.between(waiting.oldest(), now);
		return (age.isNegative() ? Duration.ZERO : age).withNanos(0).toString();
	}

	private record Waiting(long count, @Nullable LocalDateTime oldest) {
	}

}
