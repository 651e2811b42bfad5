package com.akeneokhaos.akeneo.reader;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.akeneo.AtOnce;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link CreationRanges} divides the products by creation date, against a catalogue of creation seconds that
 * answers the counts as Akeneo would; {@code PartitionedProductReaderTest} reads with its plans against the Akeneo
 * simulator.
 */
class CreationRangesTest {

	private static final long START = LocalDateTime.of(2021, 3, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

	private final AtOnce pool = new AtOnce();

	@AfterEach
	void stopPool() {
		pool.close();
	}

	@ParameterizedTest(name = "{0} products created {1}, {2} parts")
	@CsvSource({ "100000, evenly, 4", "100000, in bursts, 4", "20000, evenly, 3", "20000, in bursts, 2",
			"5000, in bursts, 4" })
	void everyProductIsInExactlyOnePartAndThePartsAreTheSameSizeWithinOnePercent(int size, String created,
			int partitions) {
		// given
		Catalogue catalogue = created.equals("evenly") ? Catalogue.evenly(size) : Catalogue.inBursts(size, 7);

		// when
		List<@Nullable String> plan = CreationRanges.plan(size, partitions, catalogue::count, pool);

		// then
		assertThat(plan).hasSize(partitions);
		long[] parts = plan.stream().mapToLong(catalogue::count).toArray();
		assertThat(Arrays.stream(parts).sum()).isEqualTo(size);
		assertThat(catalogue.inMoreThanOnePart(plan)).isZero();
		for (long part : parts) {
			assertThat(part).isBetween(size / partitions - size / (100L * partitions) * 2,
					size / partitions + size / (100L * partitions) * 2);
		}
	}

	@Test
	void productsAllCreatedInTheSameSecondAreReadInOneSearch() {
		// given: every product created in the same second
		Catalogue catalogue = new Catalogue(new long[1000]);
		Arrays.fill(catalogue.created, START);

		// when
		List<@Nullable String> plan = CreationRanges.plan(1000, 4, catalogue::count, pool);

		// then
		assertThat(plan).containsExactly((String) null);
	}

	@Test
	void secondsThatCannotBeDividedGiveFewerPartsNeverAnEmptyOne() {
		// given: 600 products in one second, then 400 an hour apart each
		Catalogue catalogue = new Catalogue(new long[1000]);
		Arrays.fill(catalogue.created, 0, 600, START);
		for (int i = 600; i < 1000; i++) {
			catalogue.created[i] = START + (i - 599) * 3600L;
		}

		// when
		List<@Nullable String> plan = CreationRanges.plan(1000, 4, catalogue::count, pool);

		// then: the first second holds the first and second quarters, the other two are divided
		assertThat(plan).hasSize(3);
		long[] parts = plan.stream().mapToLong(catalogue::count).toArray();
		assertThat(parts[0]).isEqualTo(600);
		assertThat(parts[1]).isBetween(148L, 152L);
		assertThat(parts[0] + parts[1] + parts[2]).isEqualTo(1000);
		assertThat(catalogue.inMoreThanOnePart(plan)).isZero();
	}

	@Test
	void eachPartIsACreationDateRangeTheFirstAndLastOpenEnded() {
		// given
		Catalogue catalogue = Catalogue.evenly(4000);

		// when
		List<@Nullable String> plan = CreationRanges.plan(4000, 3, catalogue::count, pool);

		// then
		assertThat(plan.get(0)).matches("\\{\"created\":\\[\\{\"operator\":\"<\",\"value\":\"\\d{4}-\\d\\d-\\d\\d "
				+ "\\d\\d:\\d\\d:\\d\\d\"}]}");
		assertThat(plan.get(1)).contains("\"operator\":\">\"").contains("\"operator\":\"<\"");
		assertThat(plan.get(2)).contains("\"operator\":\">\"").doesNotContain("\"<\"");
	}

	@Test
	void oneOrNoPageOfProductsOrOnePartitionIsReadInOneSearchWithoutCounting() {
		// given
		AtomicInteger counted = new AtomicInteger();
		ToLongFunction<String> count = search -> counted.incrementAndGet();

		// when / then
		assertThat(CreationRanges.plan(0, 4, count, pool)).containsExactly((String) null);
		assertThat(CreationRanges.plan(CreationRanges.ONE_PAGE, 4, count, pool)).containsExactly((String) null);
		assertThat(CreationRanges.plan(50_000, 1, count, pool)).containsExactly((String) null);
		assertThat(counted).hasValue(0);
	}

	/** Products' creation seconds, counted as Akeneo counts a search on {@code created}. */
	private record Catalogue(long[] created) {

		static Catalogue evenly(int size) {
			long[] created = new long[size];
			for (int i = 0; i < size; i++) {
				created[i] = START + i * 97L;
			}
			return new Catalogue(created);
		}

		/** Imports: bursts of products created a second or two apart, the bursts days apart. */
		static Catalogue inBursts(int size, long seed) {
			Random random = new Random(seed);
			long[] created = new long[size];
			long second = START;
			for (int i = 0; i < size; i++) {
				second += (random.nextInt(500) == 0) ? 86_400L * (1 + random.nextInt(5)) : random.nextInt(2);
				created[i] = second;
			}
			return new Catalogue(created);
		}

		long count(@Nullable String search) {
			LongPredicate found = matcher(search);
			return Arrays.stream(created).filter(found).count();
		}

		long inMoreThanOnePart(List<@Nullable String> plan) {
			List<LongPredicate> parts = plan.stream().map(Catalogue::matcher).toList();
			return Arrays.stream(created)
				.filter(second -> parts.stream().filter(part -> part.test(second)).count() != 1)
				.count();
		}

		private static LongPredicate matcher(@Nullable String search) {
			LongPredicate found = second -> true;
			if (search == null) {
				return found;
			}
			for (JsonNode condition : JsonMapper.shared().readTree(search).path("created")) {
				long bound = LocalDateTime.parse(condition.get("value").asString().replace(' ', 'T'))
					.toEpochSecond(ZoneOffset.UTC);
				LongPredicate test = switch (condition.get("operator").asString()) {
					case "<" -> second -> second < bound;
					case ">" -> second -> second > bound;
					default -> throw new AssertionError("unexpected operator in " + search);
				};
				found = found.and(test);
			}
			return found;
		}

	}

}
