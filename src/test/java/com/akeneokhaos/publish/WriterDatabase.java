package com.akeneokhaos.publish;

import java.time.Clock;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.structure.Replacements;
import com.akeneokhaos.structure.StructureProperties;
import com.akeneokhaos.structure.StructureProperties.SimpleToVariant;
import com.akeneokhaos.support.TestDatabase;

/**
 * A fresh, migrated database of its own and what a publishing step builds on it, without Spring: the
 * writer's repositories on one connection, and the chunk transactions a step runs them in.
 */
final class WriterDatabase implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final SingleConnectionDataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	/** Renders a chunk's items on two threads, as on a machine of two cores. */
	private final ChunkMapping chunkMapping = new ChunkMapping(2);

	private WriterDatabase(SingleConnectionDataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/** A new database at the latest migration. */
	static WriterDatabase create() {
		TestDatabase.Coordinates db = TestDatabase.newDatabase("publishing_writer");
		Flyway.configure()
			.dataSource(new DriverManagerDataSource(db.url(), db.username(), db.password()))
			.locations("classpath:db/migration")
			.load()
			.migrate();
		return new WriterDatabase(new SingleConnectionDataSource(db.url(), db.username(), db.password(), true));
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	/** Runs a chunk's work in one transaction, rolled back if it throws, as a chunk-oriented step does. */
	TransactionTemplate transactions() {
		return transactions;
	}

	/** What the ledger runs its JDBC batches on. */
	NamedParameterJdbcTemplate batch() {
		return new NamedParameterJdbcTemplate(dataSource);
	}

	Ledger ledger(Clock clock) {
		return new Ledger(jdbc, batch(), clock);
	}

	/** The writer of job execution {@code jobExecutionId}, as a publishing step builds it. */
	PublishingWriter writer(long jobExecutionId, Clock clock) {
		return writer(jobExecutionId, clock, ledger(clock));
	}

	/** The same on a ledger of the caller's choosing (one that fails, say). */
	PublishingWriter writer(long jobExecutionId, Clock clock, Ledger ledger) {
		Outbox outbox = new Outbox(jdbc, new JdbcTemplate(dataSource), clock);
		Replacements replacements = new Replacements(new StructureProperties(SimpleToVariant.RELINK, "-OLD"), jdbc,
				ledger);
		return new PublishingWriter(ledger, outbox, JSON, replacements,
				new PublishingRun("catalogue-refresh", jobExecutionId, true), chunkMapping);
	}

	@Override
	public void close() {
		chunkMapping.destroy();
		dataSource.destroy();
	}

}
