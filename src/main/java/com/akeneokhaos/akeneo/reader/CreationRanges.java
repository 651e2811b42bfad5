package com.akeneokhaos.akeneo.reader;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AtOnce;

/**
 * Splits "every product" into N searches by creation date, each finding about 1/N of the products, for a full read
 * in N parts at once: a part is read one page after another, so the read takes as long as its largest part. The
 * products are counted (one request), then the N-1 seconds that divide them are looked for at once, each by counting
 * the products created before a second (a few requests each). Each search is a range of creation dates
 * ({@code created} from one dividing second, before the next), so together they find every product exactly once,
 * whatever its family, and products created while the read runs fall into the last one.
 */
final class CreationRanges {

	private static final DateTimeFormatter AKENEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Creation dates are looked for from here on (earlier products simply fall into the first part). */
	private static final long EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

	private static final int MAX_PROBES = 64;

	/** A catalogue of at most this many products (one page) is read in one search. */
	static final long ONE_PAGE = 100;

	private CreationRanges() {
	}

	/** The searches (null: every product) of a full read in about {@code partitions} parts of equal size. */
	static List<@Nullable String> plan(AkeneoClient client, int partitions) {
		if (partitions <= 1) {
			return Collections.singletonList(null);
		}
		try (AtOnce reads = new AtOnce(partitions)) {
			return plan(client.productCount(null), partitions, client::productCount, reads);
		}
	}

	/**
	 * The plan for this many products; {@code count} answers how many products a search finds, called on the threads
	 * of {@code reads}. Where products created in the same second cannot be divided, two dividing seconds may part
	 * the same products: the plan then has fewer parts, never an empty one.
	 */
	static List<@Nullable String> plan(long products, int partitions, ToLongFunction<String> count, AtOnce reads) {
		if (partitions <= 1 || products <= ONE_PAGE) {
			return Collections.singletonList(null);
		}
		long tolerance = Math.max(1, products / (100L * partitions));
		List<Long> targets = LongStream.range(1, partitions).map(part -> products * part / partitions).boxed().toList();
		Map<Long, Long> secondByBelow = new TreeMap<>(); // what is created before a second grows with it
		reads.each(targets, target -> createdBefore(target, products, tolerance, count))
			.values()
			.stream()
			.filter(split -> split.below() > 0 && split.below() < products)
			.forEach(split -> secondByBelow.putIfAbsent(split.below(), split.second()));
		List<Long> seconds = List.copyOf(secondByBelow.values());
		if (seconds.isEmpty()) {
			return Collections.singletonList(null);
		}
		List<@Nullable String> searches = new ArrayList<>();
		for (int part = 0; part <= seconds.size(); part++) {
			searches.add(range((part > 0) ? seconds.get(part - 1) : null,
					(part < seconds.size()) ? seconds.get(part) : null));
		}
		return searches;
	}

	/** The products created from {@code from} (a second, included) and before {@code before}; null: no bound. */
	private static String range(@Nullable Long from, @Nullable Long before) {
		ObjectNode search = JsonMapper.shared().createObjectNode();
		ArrayNode created = search.putArray("created");
		if (from != null) {
			created.addObject().put("operator", ">").put("value", date(from - 1));
		}
		if (before != null) {
			created.addObject().put("operator", "<").put("value", date(before));
		}
		return search.toString();
	}

	/**
	 * A second before which about {@code target} of the products were created, and how many were: probes interpolated
	 * between the nearest seconds counted so far, every other one halfway between them (so that products created in
	 * bursts, months apart, are found as fast as evenly created ones), until the count is within {@code tolerance} of
	 * the target or the two seconds are next to each other.
	 */
	private static Split createdBefore(long target, long products, long tolerance, ToLongFunction<String> count) {
		long lo = EARLIEST;
		long hi = Instant.now().getEpochSecond() + 86_400;
		long below = 0;
		long belowHi = products;
		for (int probe = 0; probe < MAX_PROBES && hi - lo > 1; probe++) {
			long span = hi - lo;
			double fraction = (probe % 2 == 0) ? (double) (target - below) / Math.max(1, belowHi - below) : 0.5;
			long at = Math.min(hi - 1, Math.max(lo + 1, lo + (long) (fraction * span)));
			long counted = count.applyAsLong(range(null, at));
			if (Math.abs(counted - target) <= tolerance) {
				return new Split(at, counted);
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
		return new Split(hi, belowHi);
	}

	private static String date(long epochSecond) {
		return AKENEO_DATE.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
	}

	/** A dividing second, and how many products were created before it. */
	private record Split(long second, long below) {
	}

}
