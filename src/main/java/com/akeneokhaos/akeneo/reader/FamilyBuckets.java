package com.akeneokhaos.akeneo.reader;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AtOnce;

/**
 * Splits "every product" into searches of about the same size, for a full read in N parts at once. Each family's
 * products are counted (one request each, several at once). A family holding more than 1/N of the products is split by
 * creation date into parts of at most that size (the dates found by counting, a few requests per date); the other
 * families are dealt, largest first, to the smallest of the remaining buckets, each searched as
 * {@code family IN [...]}. The bucket holding the products without a family is searched as
 * {@code family NOT IN [every family listed elsewhere]}, which also finds families created since. Together the
 * searches find every product once. A plan whose family lists would make a long URL falls back to one search.
 */
final class FamilyBuckets {

	private static final Log logger = LogFactory.getLog(FamilyBuckets.class);

	/** Family codes the searches may list before their URLs grow past what proxies in front of Akeneo accept. */
	static final int MAX_LISTED_CHARS = 4000;

	static final String NO_FAMILY = "";

	private static final DateTimeFormatter AKENEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Creation dates are looked for from here on (earlier products simply fall into a family's first part). */
	private static final long EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

	private static final int MAX_PROBES = 24;

	private FamilyBuckets() {
	}

	/** The searches (null: every product) of a full read in about {@code partitions} parts of equal size. */
	static List<@Nullable String> plan(AkeneoClient client, int partitions) {
		if (partitions <= 1) {
			return Collections.singletonList(null);
		}
		try (AtOnce reads = new AtOnce(partitions)) {
			return plan(counts(client, reads), partitions, client::productCount, reads);
		}
	}

	/**
	 * The plan for these counts (by family, "" for products without one); {@code count} answers how many products a
	 * search finds, called on the threads of {@code reads}.
	 */
	static List<@Nullable String> plan(Map<String, Long> counts, int partitions, ToLongFunction<String> count,
			AtOnce reads) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		long share = Math.max(1, (total + partitions - 1) / partitions);
		List<CompletableFuture<List<String>>> split = new ArrayList<>();
		Map<String, Long> whole = new LinkedHashMap<>();
		whole.put(NO_FAMILY, counts.getOrDefault(NO_FAMILY, 0L));
		List<String> listed = new ArrayList<>();
		counts.forEach((family, products) -> {
			if (family.equals(NO_FAMILY)) {
				return;
			}
			if (products > share) {
				int parts = (int) ((products + share - 1) / share);
				split.add(reads.start(() -> byCreation(family, products, parts, count)));
				listed.add(family);
			}
			else {
				whole.put(family, products);
			}
		});
		List<String> searches = new ArrayList<>();
		split.forEach(parts -> searches.addAll(AtOnce.joined(parts)));
		List<String> rest = searches(deal(whole, Math.max(1, partitions - searches.size())), listed);
		if (rest == null || searches.size() + rest.size() <= 1) {
			return Collections.singletonList(null);
		}
		searches.addAll(rest);
		return searches;
	}

	/** Products per family (and without one, under ""), families without products left out. */
	private static Map<String, Long> counts(AkeneoClient client, AtOnce reads) {
		List<String> families = new ArrayList<>(client.familyCodes());
		families.add(NO_FAMILY);
		Map<String, Long> byFamily = new LinkedHashMap<>(reads.each(families,
				family -> client.productCount(ofFamily(family))));
		byFamily.values().removeIf(products -> products == 0);
		return byFamily;
	}

	/** Largest family first, each to the bucket holding the fewest products so far; empty buckets dropped. */
	static List<Bucket> deal(Map<String, Long> counts, int partitions) {
		List<Bucket> buckets = new ArrayList<>();
		for (int i = 0; i < partitions; i++) {
			buckets.add(new Bucket());
		}
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(family -> buckets.stream()
				.min(Comparator.comparingLong(Bucket::size))
				.orElseThrow()
				.add(family.getKey(), family.getValue()));
		buckets.removeIf(bucket -> bucket.families.isEmpty());
		return buckets;
	}

	/**
	 * One search per bucket: {@code IN} its families, except the bucket holding products without a family, searched
	 * as none of the families listed elsewhere ({@code alsoListed}: families searched in parts of their own); null
	 * when the family lists would make the URLs too long.
	 */
	static @Nullable List<String> searches(List<Bucket> buckets, List<String> alsoListed) {
		List<String> others = new ArrayList<>(alsoListed);
		List<String> searches = new ArrayList<>();
		for (Bucket bucket : buckets) {
			if (!bucket.families.contains(NO_FAMILY)) {
				searches.add(familyCondition("IN", bucket.families).toString());
				others.addAll(bucket.families);
			}
		}
		if (others.stream().mapToInt(String::length).sum() > MAX_LISTED_CHARS) {
			logger.info("Reading every product in one part: the family lists would make the URLs too long");
			return null;
		}
		if (!others.isEmpty()) {
			searches.add(familyCondition("NOT IN", others).toString());
		}
		return searches;
	}

	/** The family's products in {@code parts} searches by creation date, each about as large. */
	private static List<String> byCreation(String family, long products, int parts, ToLongFunction<String> count) {
		List<Long> splits = new ArrayList<>();
		for (int part = 1; part < parts; part++) {
			splits.add(createdBefore(family, products * part / parts, products, count));
		}
		List<String> searches = new ArrayList<>();
		for (int part = 0; part < parts; part++) {
			ObjectNode search = familyCondition("IN", List.of(family));
			ArrayNode created = search.putArray("created");
			if (part > 0) {
				created.addObject().put("operator", ">").put("value", date(splits.get(part - 1) - 1));
			}
			if (part < parts - 1) {
				created.addObject().put("operator", "<").put("value", date(splits.get(part)));
			}
			searches.add(search.toString());
		}
		return searches;
	}

	/**
	 * A second before which about {@code target} of the family's products were created: interpolated between the
	 * nearest seconds counted so far (always narrowing by at least a sixteenth), until the count is within 2 % of the
	 * family of the target.
	 */
	private static long createdBefore(String family, long target, long products, ToLongFunction<String> count) {
		long lo = EARLIEST;
		long hi = Instant.now().getEpochSecond() + 86_400;
		long below = 0;
		long belowHi = products;
		long tolerance = Math.max(1, products / 50);
		for (int probe = 0; probe < MAX_PROBES && hi - lo > 1; probe++) {
			long span = hi - lo;
			double fraction = (double) (target - below) / Math.max(1, belowHi - below);
			long at = Math.min(hi - span / 16, Math.max(lo + span / 16, lo + (long) (fraction * span)));
			ObjectNode search = familyCondition("IN", List.of(family));
			search.putArray("created").addObject().put("operator", "<").put("value", date(at));
			long counted = count.applyAsLong(search.toString());
			if (Math.abs(counted - target) <= tolerance) {
				return at;
			}
			if (counted < target) {
				lo = at;
				below = counted;
			}
			else {
				hi = at;
				belowHi = counted;
			}
		}
		return hi;
	}

	private static @Nullable String ofFamily(String family) {
		return family.equals(NO_FAMILY) ? "{\"family\":[{\"operator\":\"EMPTY\"}]}"
				: familyCondition("IN", List.of(family)).toString();
	}

	private static ObjectNode familyCondition(String operator, List<String> families) {
		ObjectNode search = JsonMapper.shared().createObjectNode();
		ArrayNode codes = search.putArray("family").addObject().put("operator", operator).putArray("value");
		families.stream().sorted().forEach(codes::add);
		return search;
	}

	private static String date(long epochSecond) {
		return AKENEO_DATE.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
	}

	/** Families dealt to one part of the read, and how many products they hold. */
	static final class Bucket {

		private final List<String> families = new ArrayList<>();

		private long size;

		void add(String family, long count) {
			families.add(family);
			size += count;
		}

		long size() {
			return size;
		}

	}

}
