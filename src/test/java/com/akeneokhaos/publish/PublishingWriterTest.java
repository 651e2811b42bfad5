package com.akeneokhaos.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.dao.CannotAcquireLockException;

import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.publish.FailingOnceLedger.Write;
import com.akeneokhaos.publish.Tables.HistoryRow;
import com.akeneokhaos.publish.Tables.LedgerRow;
import com.akeneokhaos.publish.Tables.OutboxRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What {@link PublishingWriter} guarantees, on a real database and without Spring. Every publishing job
 * reuses this writer, so each of these holds for all of them: a new item goes to Khaos once, as a CREATE
 * with its on-create fields; an item written again unchanged costs Khaos nothing; a changed item goes out
 * as an UPDATE without the on-create fields (Khaos owns them after creation); a write retried in the same
 * transaction after one of its statements failed (a lock wait timeout undoes only that statement), or
 * redone after its transaction rolled back, leaves every outbox entry, ledger row and history row exactly
 * once; and SCS parents are queued at a rank ahead of their children's, their ledger rows knowing they had
 * children. End-to-end runs cover these too, but slowly; here each takes milliseconds.
 * <p>
 * The tests share one database at the latest migration (a MySQL-family server, see {@link
 * com.akeneokhaos.support.TestDatabase}), each on item keys, StockIDs and stock codes of its own (its scope),
 * and each reads back only its own rows, so none depends on another or on their order.
 */
class PublishingWriterTest {

	/** An earlier run, that published what the tests start from. */
	private static final long EARLIER_RUN = 1;

	private static final long RUN = 2;

	/** The restart of {@link #RUN} after it failed. */
	private static final long RESTART = 3;

	private static final Clock EARLIER = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

	private static final Clock NOW = Clock.offset(EARLIER, Duration.ofDays(1));

	private static final AtomicInteger SCOPES = new AtomicInteger();

	private static WriterDatabase db;

	/** What keeps this test's rows apart from the other tests'. */
	private final String scope = "t" + SCOPES.incrementAndGet();

	private final Tables tables = new Tables(db.jdbc(), scope);

	@BeforeAll
	static void createDatabase() {
		db = WriterDatabase.create();
	}

	@AfterAll
	static void closeDatabase() {
		db.close();
	}

	@Test
	void newItemsGetOneCreateEntryWithTheirOnCreateFieldsOnePublishedRowAndOneCreatedEvent() {
		// given
		List<TestItem> items = List.of(simple("a"), simple("b"), simple("c"));
		PublishingWriter writer = db.writer(RUN, NOW);
		// when
		write(writer, items);
		// then
		assertThat(tables.outbox()).hasSize(3);
		LocalDateTime now = LocalDateTime.now(NOW);
		for (TestItem item : items) {
			assertThat(tables.outboxOf(item.key())).singleElement().satisfies(entry -> {
				assertThat(entry.changeType()).isEqualTo("CREATE");
				assertThat(entry.stockId()).isEqualTo(item.stockId());
				assertThat(entry.stockCode()).isEqualTo(item.stockCode());
				assertThat(entry.payload()).isEqualTo(item.createPayload());
				assertThat(entry.execution()).isEqualTo(RUN);
			});
			LedgerRow row = tables.ledgerOf(item.key());
			assertThat(row.status()).isEqualTo("PUBLISHED");
			assertThat(row.stockId()).isEqualTo(item.stockId());
			assertThat(row.stockCode()).isEqualTo(item.stockCode());
			assertThat(row.hash()).isEqualTo(tables.outboxOf(item.key()).get(0).hash());
			assertThat(row.lastExecution()).isEqualTo(RUN);
			assertThat(row.firstPublishedAt()).isEqualTo(now);
			assertThat(tables.historyOf(item.key())).extracting(HistoryRow::event, HistoryRow::execution)
				.containsExactly(tuple("CREATED", RUN));
		}
		assertThat(tables.ledger()).hasSize(3);
		assertThat(tables.history()).hasSize(3);
	}

	static Stream<Arguments> unchangedForKhaos() {
		return Stream.of(
				Arguments.of(Named.of("the same items", UnaryOperator.<TestItem>identity())),
				Arguments.of(Named.of("items whose on-create fields alone changed",
						(UnaryOperator<TestItem>) item -> item.withTaxCode(item.taxCode() + 1))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unchangedForKhaos")
	void itemsWrittenAgainWithTheSamePayloadAreOnlyMarkedSeen(UnaryOperator<TestItem> rerun) {
		// given
		List<TestItem> items = List.of(simple("a"), simple("b"));
		write(db.writer(EARLIER_RUN, EARLIER), items);
		List<LedgerRow> before = tables.ledger();
		// when
		write(db.writer(RUN, NOW), items.stream().map(rerun).toList());
		// then
		assertThat(tables.outbox()).extracting(OutboxRow::execution).containsOnly(EARLIER_RUN).hasSize(2);
		assertThat(tables.history()).extracting(HistoryRow::execution).containsOnly(EARLIER_RUN).hasSize(2);
		List<LedgerRow> after = tables.ledger();
		assertThat(after).extracting(LedgerRow::lastExecution).containsOnly(RUN).hasSize(2);
		assertThat(after).usingRecursiveFieldByFieldElementComparatorIgnoringFields("lastExecution")
			.containsExactlyElementsOf(before);
	}

	static Stream<Arguments> changesOfAnAlwaysOwnedField() {
		return Stream.of(
				Arguments.of(Named.of("description", (UnaryOperator<TestItem>) item -> item.withDescription("Renamed"))),
				Arguments.of(Named.of("an option (nested field)",
						(UnaryOperator<TestItem>) item -> item.withPublishOnWeb(false))),
				Arguments.of(Named.of("stock code", (UnaryOperator<TestItem>) item -> item.withStockCode(item.stockCode() + "-2"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changesOfAnAlwaysOwnedField")
	void aChangedAlwaysOwnedFieldGoesOutAsOneUpdateWithoutTheOnCreateFields(UnaryOperator<TestItem> change) {
		// given
		TestItem item = simple("a");
		TestItem other = simple("b");
		write(db.writer(EARLIER_RUN, EARLIER), List.of(item, other));
		TestItem changed = change.apply(item);
		// when
		write(db.writer(RUN, NOW), List.of(changed, other));
		// then
		List<OutboxRow> entries = tables.outboxOf(item.key());
		assertThat(entries).extracting(OutboxRow::changeType, OutboxRow::execution)
			.containsExactly(tuple("CREATE", EARLIER_RUN), tuple("UPDATE", RUN));
		OutboxRow update = entries.get(1);
		assertThat(update.payload()).isEqualTo(changed.updatePayload());
		assertThat(update.payload().has("TaxCode")).isFalse();
		assertThat(update.payload().at("/Options").has("StockControlled")).isFalse();
		assertThat(update.stockCode()).isEqualTo(changed.stockCode());
		assertThat(update.hash()).isNotEqualTo(entries.get(0).hash());
		LedgerRow row = tables.ledgerOf(item.key());
		assertThat(row.hash()).isEqualTo(update.hash());
		assertThat(row.stockCode()).isEqualTo(changed.stockCode());
		assertThat(row.stockId()).isEqualTo(item.stockId());
		assertThat(row.lastPublishedAt()).isEqualTo(LocalDateTime.now(NOW));
		assertThat(row.firstPublishedAt()).isEqualTo(LocalDateTime.now(EARLIER));
		assertThat(tables.historyOf(item.key())).extracting(HistoryRow::event, HistoryRow::execution)
			.containsExactly(tuple("CREATED", EARLIER_RUN), tuple("UPDATED", RUN));
		assertThat(tables.outboxOf(other.key())).hasSize(1);
		assertThat(tables.historyOf(other.key())).hasSize(1);
	}

	@ParameterizedTest(name = "failing at the ledger write {0}")
	@EnumSource(Write.class)
	void aWriteRetriedInTheSameTransactionAfterAStatementFailedResumesWithoutDuplicates(Write failing) {
		// given
		List<TestItem> items = publishedEarlierThenChanged();
		FailingOnceLedger ledger = FailingOnceLedger.on(db, NOW, failing);
		PublishingWriter writer = db.writer(RUN, NOW, ledger);
		Chunk<MappedItem> chunk = chunk(items);
		// when
		db.transactions().executeWithoutResult(transaction -> {
			assertThatThrownBy(() -> writer.write(chunk)).isInstanceOf(CannotAcquireLockException.class);
			writer.write(chunk);
		});
		// then
		assertWrittenExactlyOnce(RUN);
	}

	static Stream<Arguments> restarts() {
		return Stream.of(Write.values())
			.flatMap(failing -> Stream.of(Arguments.of(failing, Named.of("by the same writer", false)),
					Arguments.of(failing, Named.of("by the restarted execution", true))));
	}

	@ParameterizedTest(name = "failing at the ledger write {0}, redone {1}")
	@MethodSource("restarts")
	void aChunkRedoneAfterItsTransactionRolledBackIsWrittenExactlyOnce(Write failing, boolean restarted) {
		// given
		List<TestItem> items = publishedEarlierThenChanged();
		PublishingWriter writer = db.writer(RUN, NOW, FailingOnceLedger.on(db, NOW, failing));
		Chunk<MappedItem> failed = chunk(items);
		assertThatThrownBy(() -> db.transactions().executeWithoutResult(transaction -> writer.write(failed)))
			.isInstanceOf(CannotAcquireLockException.class);
		long execution = restarted ? RESTART : RUN;
		PublishingWriter redoing = restarted ? db.writer(RESTART, NOW) : writer;
		// a new chunk, equal to the failed one when the same writer redoes it (same items, read once)
		Chunk<MappedItem> redone = restarted ? chunk(items) : new Chunk<>(failed.getItems());
		// when
		db.transactions().executeWithoutResult(transaction -> redoing.write(redone));
		// then
		assertWrittenExactlyOnce(execution);
	}

	static Stream<Arguments> whereTheParentIs() {
		return Stream.of(Arguments.of(Named.of("in the chunk of its children", false)),
				Arguments.of(Named.of("in an earlier chunk", true)));
	}

	@ParameterizedTest(name = "parent {0}")
	@MethodSource("whereTheParentIs")
	void scsParentsAndChildrenGoOutWithTheirRanksAndTheParentKnowsItHadChildren(boolean parentEarlier) {
		// given
		TestItem shirt = TestItem.model(scope, "shirt", "Colour");
		TestItem childless = TestItem.model(scope, "scarf", "Colour");
		TestItem red = TestItem.variant("shirt-red", shirt, "Red");
		TestItem blue = TestItem.variant("shirt-blue", shirt, "Blue");
		TestItem standalone = simple("mug");
		PublishingWriter writer = db.writer(RUN, NOW);
		// when
		if (parentEarlier) {
			write(writer, List.of(shirt, childless));
			write(writer, List.of(red, standalone, blue));
		}
		else {
			write(writer, List.of(red, shirt, blue, standalone, childless));
		}
		// then
		assertThat(tables.outbox()).extracting(OutboxRow::itemKey, OutboxRow::changeType, OutboxRow::rank)
			.containsExactlyInAnyOrder(tuple(shirt.key(), "CREATE", 0), tuple(childless.key(), "CREATE", 0),
					tuple(standalone.key(), "CREATE", 0), tuple(red.key(), "CREATE", 1), tuple(blue.key(), "CREATE", 1));
		for (TestItem item : List.of(shirt, childless, red, blue)) {
			assertThat(tables.outboxOf(item.key())).singleElement()
				.extracting(OutboxRow::relationship)
				.isEqualTo(item.relationship());
		}
		assertThat(tables.outboxOf(standalone.key())).singleElement().extracting(OutboxRow::relationship).isNull();
		assertThat(tables.ledger()).extracting(LedgerRow::itemKey, LedgerRow::hadChildren, LedgerRow::parentStockId)
			.containsExactlyInAnyOrder(tuple(shirt.key(), true, null), tuple(childless.key(), false, null),
					tuple(standalone.key(), false, null), tuple(red.key(), false, shirt.stockId()),
					tuple(blue.key(), false, shirt.stockId()));
		assertThat(tables.history()).extracting(HistoryRow::event).containsOnly("CREATED").hasSize(5);
	}

	/**
	 * Items {@code a}, {@code b} and {@code g} published by an earlier run; {@code g} has since gone from
	 * Akeneo. The chunk of this run: {@code a} unchanged, {@code b} changed, and new {@code c} taking
	 * {@code g}'s stock code, which retires {@code g}. So the write makes every one of its statements.
	 */
	private List<TestItem> publishedEarlierThenChanged() {
		TestItem a = simple("a");
		TestItem b = simple("b");
		TestItem g = simple("g");
		write(db.writer(EARLIER_RUN, EARLIER), List.of(a, b, g));
		LedgerEntry gone = db.ledger(EARLIER).find(g.key()).orElseThrow();
		return List.of(a, b.withDescription("Renamed"), simple("c").takingCodeOf(gone));
	}

	/** What the chunk of {@link #publishedEarlierThenChanged} must leave, appended by {@code execution} once. */
	private void assertWrittenExactlyOnce(long execution) {
		TestItem a = simple("a");
		TestItem b = simple("b");
		TestItem c = simple("c");
		TestItem g = simple("g");
		String freed = g.stockCode() + "-OLD";
		List<OutboxRow> appended = tables.outbox().stream().filter(entry -> entry.execution() != EARLIER_RUN).toList();
		assertThat(appended).extracting(OutboxRow::itemKey, OutboxRow::changeType, OutboxRow::stockCode,
				OutboxRow::execution)
			.containsExactlyInAnyOrder(tuple(g.key(), "DISCONTINUE", freed, execution),
					tuple(b.key(), "UPDATE", b.stockCode(), execution),
					tuple(c.key(), "CREATE", g.stockCode(), execution));
		List<HistoryRow> recorded = tables.history().stream().filter(event -> event.execution() != EARLIER_RUN).toList();
		assertThat(recorded).extracting(HistoryRow::itemKey, HistoryRow::event, HistoryRow::execution)
			.containsExactlyInAnyOrder(tuple(g.key(), "DISCONTINUED", execution), tuple(b.key(), "UPDATED", execution),
					tuple(c.key(), "CREATED", execution));
		assertThat(tables.ledger())
			.extracting(LedgerRow::itemKey, LedgerRow::status, LedgerRow::stockCode, LedgerRow::lastExecution)
			.containsExactlyInAnyOrder(tuple(a.key(), "PUBLISHED", a.stockCode(), execution),
					tuple(b.key(), "PUBLISHED", b.stockCode(), execution),
					tuple(c.key(), "PUBLISHED", g.stockCode(), execution),
					tuple(g.key(), "DISCONTINUED", freed, execution));
		assertThat(tables.ledgerOf(b.key()).hash()).isEqualTo(tables.outboxOf(b.key()).get(1).hash());
		assertThat(tables.ledgerOf(a.key()).lastPublishedAt()).isEqualTo(LocalDateTime.now(EARLIER));
	}

	private TestItem simple(String name) {
		return TestItem.simple(scope, name);
	}

	/** Writes the items as one chunk, in its own transaction. */
	private void write(PublishingWriter writer, List<TestItem> items) {
		db.transactions().executeWithoutResult(transaction -> writer.write(chunk(items)));
	}

	private static Chunk<MappedItem> chunk(List<TestItem> items) {
		return new Chunk<>(items.stream().map(TestItem::mapped).toList());
	}

}
