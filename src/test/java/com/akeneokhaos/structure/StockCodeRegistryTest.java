package com.akeneokhaos.structure;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.LedgerStatus;
import com.akeneokhaos.problems.Violation;
import com.akeneokhaos.publish.MappedItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry reads the ledger once per chunk and forgets written claims, yet answers every claim as the
 * registry that asked the ledger item by item and remembered every claim of the run did.
 */
class StockCodeRegistryTest {

	/** Every holder is still in Akeneo: the registry never gives its code away. */
	private static final Predicate<LedgerEntry> NOTHING_GONE = entry -> false;

	private final FakeLedger ledger = new FakeLedger();

	@Test
	void firstClaimantInAChunkWinsAndAnItemMayClaimItsOwnCodeAgain() {
		StockCodeRegistry registry = new StockCodeRegistry(ledger, NOTHING_GONE);
		registry.prefetchItems(List.of("a", "b"));
		registry.prefetchStockCodes(List.of("abc-1", "ABC-1"));

		assertThat(registry.claim("abc-1", "a", "abc-1")).isEmpty();
		assertThat(registry.claim("abc-1", "a", "abc-1")).isEmpty();
		assertThat(registry.claim("ABC-1", "b", "ABC-1")).get()
			.extracting(Violation::message)
			.asString()
			.contains("(SKU 'abc-1' (a))");
		assertThat(ledger.singleLookups).isZero();
		assertThat(ledger.chunkLookups).isEqualTo(2);
	}

	@Test
	void aCodeHeldByAnItemGoneFromAkeneoGoesToTheClaimantWhoTakesItFromThatItem() {
		// given
		ledger.write("gone", "abc-1", "abc-1");
		ledger.write("present", "xyz-1", "xyz-1");
		StockCodeRegistry registry = new StockCodeRegistry(ledger, entry -> entry.itemKey().equals("gone"));
		// when
		Optional<Violation> takesGone = registry.claim("ABC-1", "new-a", "ABC-1");
		Optional<Violation> takesPresent = registry.claim("XYZ-1", "new-b", "XYZ-1");
		// then
		assertThat(takesGone).isEmpty();
		assertThat(registry.takesCodeFrom("new-a")).get().extracting(LedgerEntry::itemKey).isEqualTo("gone");
		assertThat(registry.takesCodeFrom("new-a")).isEmpty();
		assertThat(takesPresent).get().extracting(Violation::message).asString().contains("(present)");
		assertThat(registry.takesCodeFrom("new-b")).isEmpty();
	}

	@Test
	void aWrittenClaimIsForgottenAndTheLedgerRefusesTheNextClaimantTheSameWay() {
		StockCodeRegistry registry = new StockCodeRegistry(ledger, NOTHING_GONE);
		registry.prefetchItems(List.of("a"));
		registry.prefetchStockCodes(List.of("abc-1"));
		registry.claim("abc-1", "a", "abc-1");
		registry.written(List.of(item("a", "abc-1", "abc-1")));
		ledger.write("a", "abc-1", "abc-1");
		registry.forgetPrefetched();

		assertThat(registry.claimsHeld()).isZero();
		registry.prefetchItems(List.of("b"));
		registry.prefetchStockCodes(List.of("Abc-1"));
		assertThat(registry.claim("Abc-1", "b", "Abc-1")).get()
			.extracting(Violation::message)
			.asString()
			.contains("(SKU 'abc-1' (a))");
	}

	@Test
	void aClaimTheLedgerWouldNotReportIsKept() {
		ledger.put("a", "abc-1", "abc-1", LedgerStatus.DISCONTINUED);
		StockCodeRegistry registry = new StockCodeRegistry(ledger, NOTHING_GONE);
		registry.prefetchItems(List.of("a", "n"));
		registry.prefetchStockCodes(List.of("abc-1", "xyz"));
		registry.claim("abc-1", "a", "abc-1");
		registry.claim("xyz", "n", null);

		registry.written(List.of(item("a", "abc-1", "abc-1"), item("n", "xyz", null)));

		assertThat(registry.claimsHeld()).isEqualTo(2);
	}

	@Test
	void unprefetchedItemsAndCodesAreLookedUpOneByOne() {
		ledger.put("old", "abc-1", "abc-1", LedgerStatus.CONFIRMED);
		StockCodeRegistry registry = new StockCodeRegistry(ledger, NOTHING_GONE);

		assertThat(registry.isPublished("old")).isTrue();
		assertThat(registry.claim("ABC-1", "b", "ABC-1")).isPresent();
		assertThat(ledger.singleLookups).isEqualTo(2);
		assertThat(ledger.chunkLookups).isZero();
	}

	@Test
	void prefetchedHoldersMatchAsTheDatabaseCollationDoesIgnoringTrailingSpaces() {
		ledger.put("old", "ABC-1 ", "ABC-1 ", LedgerStatus.PUBLISHED);
		StockCodeRegistry registry = new StockCodeRegistry(ledger, NOTHING_GONE);
		registry.prefetchItems(List.of("b"));
		registry.prefetchStockCodes(List.of("abc-1"));

		assertThat(registry.claim("abc-1", "b", "abc-1")).isPresent();
		assertThat(ledger.singleLookups).isZero();
	}

	@Test
	void answersEveryClaimAsTheRegistryThatRememberedTheWholeRunAndAskedItemByItem() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			FakeLedger shared = new FakeLedger();
			String[] codes = { "a-1", "A-1", "b-2", "B-2", "c-3", "C-3", "d-4", "e-5" };
			for (int i = 0; i < 6; i++) {
				shared.put("old" + i, codes[random.nextInt(codes.length)], random.nextBoolean() ? "s" + i : null,
						LedgerStatus.values()[random.nextInt(LedgerStatus.values().length)]);
			}
			StockCodeRegistry original = new StockCodeRegistry(shared, NOTHING_GONE);
			StockCodeRegistry chunked = new StockCodeRegistry(shared, NOTHING_GONE);
			Set<String> read = new HashSet<>();
			for (int chunk = 0; chunk < 6; chunk++) {
				List<String[]> items = new ArrayList<>();
				Set<String> keys = new LinkedHashSet<>();
				for (int i = 0; i < 1 + random.nextInt(5); i++) {
					String key = random.nextInt(3) == 0 ? "old" + random.nextInt(6) : "new" + random.nextInt(40);
					if (read.add(key)) { // the reader pages in uuid order: a step reads an item once
						String code = codes[random.nextInt(codes.length)];
						items.add(new String[] { key, code,
								random.nextInt(5) == 0 ? null : codes[random.nextInt(codes.length)] });
						keys.add(key);
					}
				}
				chunked.prefetchItems(keys);
				chunked.prefetchStockCodes(items.stream().map(item -> item[1]).toList());
				List<MappedItem> written = new ArrayList<>();
				for (String[] item : items) {
					assertThat(chunked.isPublished(item[0])).isEqualTo(original.isPublished(item[0]));
					Optional<String> expected = original.claim(item[1], item[0], item[2]).map(Violation::message);
					Optional<String> actual = chunked.claim(item[1], item[0], item[2]).map(Violation::message);
					assertThat(actual).as("seed %d, chunk %d, item %s", seed, chunk, java.util.Arrays.toString(item)).isEqualTo(expected);
					if (expected.isEmpty()) {
						written.add(item(item[0], item[1], item[2]));
					}
				}
				chunked.written(written);
				chunked.forgetPrefetched();
				for (MappedItem item : written) {
					if (random.nextInt(4) == 0 && shared.rows.containsKey(item.itemKey())) {
						continue; // unchanged: only marked as seen
					}
					shared.write(item.itemKey(), item.stockCode(), item.sku());
				}
			}
		}
	}

	private static MappedItem item(String key, String code, @Nullable String sku) {
		MappedStockItem stockItem = new MappedStockItem(code, JsonNodeFactory.instance.objectNode(),
				JsonNodeFactory.instance.objectNode());
		return MappedItem.builder(key, ItemKind.SIMPLE, "S-" + key, stockItem).akeneoUuid(key).sku(sku).build();
	}

	/** The ledger's queries over rows in memory, with the database's semantics (upper-cased keys, PAD SPACE). */
	static final class FakeLedger extends Ledger {

		final Map<String, LedgerEntry> rows = new TreeMap<>();

		int singleLookups;

		int chunkLookups;

		FakeLedger() {
			super(null, null, Clock.systemUTC());
		}

		void put(String key, String code, @Nullable String sku, LedgerStatus status) {
			rows.put(key, new LedgerEntry(key, ItemKind.SIMPLE, key, null, null, sku, "S-" + key, code, "h",
					status, LocalDateTime.now(), null, ""));
		}

		/** As the writer's upsert: a new row is PUBLISHED, an existing one keeps its status. */
		void write(String key, @Nullable String code, @Nullable String sku) {
			LedgerEntry old = rows.get(key);
			put(key, code, sku, (old == null) ? LedgerStatus.PUBLISHED : old.status());
		}

		@Override
		public Optional<LedgerEntry> find(String itemKey) {
			singleLookups++;
			return Optional.ofNullable(rows.get(itemKey));
		}

		@Override
		public Map<String, LedgerEntry> findAll(Collection<String> itemKeys) {
			chunkLookups++;
			Map<String, LedgerEntry> found = new HashMap<>();
			itemKeys.stream().filter(rows::containsKey).forEach(key -> found.put(key, rows.get(key)));
			return found;
		}

		@Override
		public Optional<LedgerEntry> holderOfStockCode(String stockCode, String itemKey) {
			singleLookups++;
			return live(stockCode).filter(entry -> !entry.itemKey().equals(itemKey)).findFirst();
		}

		@Override
		public Map<String, List<LedgerEntry>> liveHoldersOfStockCodes(Collection<String> stockCodes) {
			chunkLookups++;
			Map<String, List<LedgerEntry>> holders = new HashMap<>();
			stockCodes.forEach(code -> holders.put(codeMatchKey(code.toUpperCase(Locale.ROOT)), live(code).toList()));
			holders.values().removeIf(List::isEmpty);
			return holders;
		}

		private java.util.stream.Stream<LedgerEntry> live(String stockCode) {
			String key = codeMatchKey(stockCode.toUpperCase(Locale.ROOT));
			return rows.values()
				.stream()
				.filter(entry -> entry.status() != LedgerStatus.DISCONTINUED && entry.stockCode() != null
						&& codeMatchKey(entry.stockCode().toUpperCase(Locale.ROOT)).equals(key))
				.sorted(Comparator.comparing(LedgerEntry::itemKey));
		}

	}

}
