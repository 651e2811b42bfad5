package com.akeneokhaos.akeneo.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.akeneokhaos.akeneo.AtOnce;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link FamilyBuckets} deals families to partitions and turns them into searches; {@code PartitionedProductReaderTest}
 * reads with its plans against the Akeneo simulator.
 */
class FamilyBucketsTest {

	private static final ToLongFunction<String> NO_COUNTS = search -> {
		throw new AssertionError("counted " + search);
	};

	private final AtOnce pool = new AtOnce();

	@AfterEach
	void stopPool() {
		pool.close();
	}

	@Test
	void dealsTheLargestFamiliesFirstToTheSmallestBucket() {
		// given
		Map<String, Long> counts = counts("shoes", 500, "clothing", 400, "hats", 300, "bags", 200, "belts", 100, "", 50);

		// when
		List<FamilyBuckets.Bucket> buckets = FamilyBuckets.deal(counts, 3);

		// then
		assertThat(buckets).extracting(FamilyBuckets.Bucket::size).containsExactly(550L, 500L, 500L);
	}

	@Test
	void theBucketWithTheProductsWithoutAFamilyIsSearchedAsNoneOfTheOthersFamilies() {
		// given
		Map<String, Long> counts = counts("shoes", 500, "", 450, "hats", 300, "bags", 200);

		// when
		List<String> plan = FamilyBuckets.plan(counts, 2, NO_COUNTS, pool);

		// then
		assertThat(plan).containsExactly("{\"family\":[{\"operator\":\"IN\",\"value\":[\"bags\",\"shoes\"]}]}",
				"{\"family\":[{\"operator\":\"NOT IN\",\"value\":[\"bags\",\"shoes\"]}]}");
	}

	@Test
	void aFamilyHoldingMoreThanItsShareIsReadInPartsByCreationDate() {
		// given: 3,000 "clothing" products, one created each hour from 2025-01-01
		long start = java.time.LocalDateTime.of(2025, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC);
		ToLongFunction<String> createdBefore = search -> {
			String date = search.replaceAll(".*\"<\",\"value\":\"([^\"]+)\".*", "$1");
			long before = java.time.LocalDateTime.parse(date.replace(' ', 'T')).toEpochSecond(java.time.ZoneOffset.UTC);
			return Math.max(0, Math.min(3000, (before - start + 3599) / 3600));
		};
		Map<String, Long> counts = counts("clothing", 3000, "hats", 600, "bags", 400);

		// when
		List<String> plan = FamilyBuckets.plan(counts, 4, createdBefore, pool);

		// then: clothing in 3 parts of about 1,000 (2 % of the family either way), hats and bags together
		assertThat(plan).hasSize(4);
		assertThat(plan.get(0)).startsWith("{\"family\":[{\"operator\":\"IN\",\"value\":[\"clothing\"]}],"
				+ "\"created\":[{\"operator\":\"<\",\"value\":\"2025-02-");
		assertThat(plan.get(1)).contains("\"created\":[{\"operator\":\">\"").contains("{\"operator\":\"<\"");
		assertThat(plan.get(2)).contains("\"created\":[{\"operator\":\">\"").doesNotContain("\"<\"");
		assertThat(plan.get(3)).isEqualTo("{\"family\":[{\"operator\":\"NOT IN\",\"value\":[\"clothing\"]}]}");
	}

	@Test
	void noProductsOrOneFamilyForOnePartitionReadEverythingInOneSearch() {
		assertThat(FamilyBuckets.plan(Map.of(), 4, NO_COUNTS, pool)).containsExactly((String) null);
		assertThat(FamilyBuckets.plan(counts("shoes", 10), 1, NO_COUNTS, pool)).containsExactly((String) null);
	}

	@Test
	void familyListsTooLongForAUrlFallBackToOneSearch() {
		// given
		Map<String, Long> counts = new LinkedHashMap<>();
		IntStream.range(0, 400).forEach(i -> counts.put("a_rather_long_family_code_" + i, 10L + i));

		// when
		List<String> plan = FamilyBuckets.plan(counts, 4, NO_COUNTS, pool);

		// then
		assertThat(plan).containsExactly((String) null);
	}

	private static Map<String, Long> counts(Object... familiesAndCounts) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < familiesAndCounts.length; i += 2) {
			counts.put((String) familiesAndCounts[i], ((Integer) familiesAndCounts[i + 1]).longValue());
		}
		return counts;
	}

}
