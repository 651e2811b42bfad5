package com.akeneokhaos.ledger;

import java.time.Clock;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ledger remembers of where and by whom an item was seen: only a run that reads every item counts
 * for retirement (a delta touching an item while a refresh runs must not make the refresh retire it), and the
 * categories each item was last seen in, found again by exact code when Akeneo deletes a category.
 */
class LedgerSightingsTest {

	private JdbcClient jdbc;

	private Ledger ledger;

	@BeforeEach
	void database() {
		TestDatabase.Coordinates db = TestDatabase.newDatabase("ledger_sightings");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
		ledger = new Ledger(jdbc, new NamedParameterJdbcTemplate(dataSource), Clock.systemUTC());
		execution(1, 1, "catalogue-refresh");
		execution(2, 2, "delta-sync");
		List.of("a", "b", "c").forEach(this::publishedItem);
	}

	@Test
	void aDeltaSightingNeitherHidesNorReplacesTheRefreshs() {
		// given
		ledger.recordSeen(List.of("a", "b"), 1, true);

		// when
		ledger.recordSeen(List.of("a", "c"), 2, false);

		// then
		assertThat(ledger.unseenBy(1)).extracting(LedgerEntry::itemKey).containsExactly("c");
	}

	@Test
	void itemsAreFoundByTheExactCodeOfACategoryTheyWereIn() {
		// given
		ledger.categories().record(List.of(item("a", "men_shoes", "boots"), item("b", "menXshoes"), item("c")));

		// when
		List<LedgerEntry> inMenShoes = ledger.categories().itemsIn(List.of("men_shoes"));
		List<LedgerEntry> inBootsOrHats = ledger.categories().itemsIn(List.of("boots", "hats"));

		// then
		assertThat(inMenShoes).extracting(LedgerEntry::itemKey).containsExactly("a");
		assertThat(inBootsOrHats).extracting(LedgerEntry::itemKey).containsExactly("a");
		assertThat(ledger.find("a").orElseThrow().categories()).isEqualTo(",boots,men_shoes,");
		assertThat(ledger.find("c").orElseThrow().categories()).isEmpty();
	}

	private void execution(long id, long instance, String job) {
		jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)")
			.params(instance, job, "key" + instance)
			.update();
		jdbc.sql("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS) "
				+ "VALUES (?, 0, ?, NOW(), 'STARTED')")
			.params(id, instance)
			.update();
	}

	private void publishedItem(String key) {
		jdbc.sql("INSERT INTO sync_ledger (item_key, kind, khaos_stock_id, status, first_published_at, created_at, "
				+ "updated_at) VALUES (?, 'SIMPLE', ?, 'CONFIRMED', NOW(), NOW(), NOW())")
			.params(key, "P-" + key)
			.update();
	}

	private static LedgerItem item(String key, String... categories) {
		return new LedgerItem() {

			@Override
			public String itemKey() {
				return key;
			}

			@Override
			public ItemKind kind() {
				return ItemKind.SIMPLE;
			}

			@Override
			public @Nullable String akeneoUuid() {
				return key;
			}

			@Override
			public @Nullable String sku() {
				return null;
			}

			@Override
			public @Nullable String family() {
				return null;
			}

			@Override
			public @Nullable String parentCode() {
				return null;
			}

			@Override
			public @Nullable String akeneoUpdated() {
				return null;
			}

			@Override
			public String stockId() {
				return "P-" + key;
			}

			@Override
			public @Nullable String stockCode() {
				return null;
			}

			@Override
			public @Nullable String parentStockId() {
				return null;
			}

			@Override
			public List<String> categories() {
				return List.of(categories);
			}

		};
	}

}
