package com.akeneokhaos.structure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.problems.Violation;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two jobs (or two service instances) publishing at the same time, each with its own registry, on one database:
 * the second chunk to claim a code waits until the first committed, then sees that it took the code (in another
 * case) and is refused. Without the claim lock it would read the ledger before that commit and take the code too.
 */
class StockCodeClaimsAcrossJobsTest {

	@Test
	void aChunkClaimingACodeWhileAnotherJobsChunkTakesItWaitsAndIsRefused() throws Exception {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("stock_code_claims");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		Job delta = new Job(dataSource);
		Job onboarding = new Job(dataSource);
		CountDownLatch claimed = new CountDownLatch(1);

		// when: the delta's chunk claims KH-TWIN and writes its ledger row, then commits 500 ms later
		CompletableFuture<Optional<Violation>> first = CompletableFuture.supplyAsync(() -> delta.chunk(registry -> {
			Optional<Violation> claim = registry.claim("KH-TWIN", "uuid-delta", "KH-TWIN");
			delta.writeLedgerRow("uuid-delta", "KH-TWIN");
			claimed.countDown();
			pause(500);
			return claim;
		}));
		assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		Optional<Violation> second = onboarding.chunk(registry -> registry.claim("kh-twin", "uuid-onboarding", "kh-twin"));
		long waitedMillis = (System.nanoTime() - start) / 1_000_000;

		// then
		assertThat(first.get(30, TimeUnit.SECONDS)).isEmpty();
		assertThat(second).get()
			.extracting(Violation::message)
			.asString()
			.contains("already used by another product (SKU 'KH-TWIN' (uuid-delta))");
		assertThat(waitedMillis).as("waited for the delta's chunk to commit").isGreaterThanOrEqualTo(300);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One job's publishing step: its own connection, registry and chunk transactions. */
	private static final class Job {

		private final JdbcClient jdbc;

		private final StockCodeRegistry registry;

		private final TransactionTemplate transactions;

		Job(DriverManagerDataSource dataSource) {
			this.jdbc = JdbcClient.create(dataSource);
			this.registry = new StockCodeRegistry(
					new Ledger(jdbc, new NamedParameterJdbcTemplate(dataSource), Clock.systemUTC()), entry -> false);
			this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		}

		/** A chunk as a processor runs it: the chunk starts, its codes are prefetched, then the work claims. */
		<T> T chunk(java.util.function.Function<StockCodeRegistry, T> work) {
			return transactions.execute(status -> {
				registry.startChunk();
				registry.prefetchStockCodes(List.of("KH-TWIN"));
				return work.apply(registry);
			});
		}

		/** What the publishing writer records for an item it published. */
		void writeLedgerRow(String itemKey, String stockCode) {
			jdbc.sql("""
					INSERT INTO sync_ledger (item_key, kind, akeneo_uuid, sku, khaos_stock_id, khaos_stock_code,
					stock_code_key, status, created_at, updated_at)
					VALUES (?, 'SIMPLE', ?, ?, ?, ?, ?, 'PUBLISHED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
					""")
				.params(itemKey, itemKey, stockCode, "P-" + itemKey, stockCode, Ledger.codeKey(stockCode))
				.update();
		}

	}

}
