package com.akeneokhaos.monitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The gauge {@code sync.outbox.pending}: outbox rows Khaos has not taken from the channel yet, counted when metrics
 * are scraped (one COUNT on the outbox's pending index). A number that only grows says Khaos stopped polling. NaN
 * while the database cannot be read.
 */
@Component
class OutboxPendingGauge implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(OutboxPendingGauge.class);

	private final JdbcClient jdbc;

	OutboxPendingGauge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("sync.outbox.pending", this, OutboxPendingGauge::pending)
			.description("Outbox rows not yet taken by Khaos Control Cloud")
			.register(registry);
	}

	double pending() {
		try {
			return jdbc.sql("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL").query(Long.class).single();
		}
		catch (DataAccessException ex) {
			log.debug("Cannot count the pending outbox rows: {}", ex.getMessage());
			return Double.NaN;
		}
	}

}
