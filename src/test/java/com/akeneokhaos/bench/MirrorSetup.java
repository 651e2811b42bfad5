package com.akeneokhaos.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the benchmark did to the Khaos mirror and the ledger just before a reconciliation (see
 * {@link KccPollStandIn}), and what the run should therefore find.
 *
 * @param mirrorRows items the stand-in poll put in {@code khaos_mirror_item}
 * @param ledgerConfirmed ledger rows it set to {@code CONFIRMED}
 * @param planted mirror items whose {@code ShortDescription} was then changed (expected {@code field-differs})
 * @param expectedRejected products of the catalogue the Khaos rules reject (expected {@code rejected} items)
 * @param fillSeconds time of the stand-in poll (copy and confirm)
 * @param plantSeconds time of the planting
 */
record MirrorSetup(long mirrorRows, long ledgerConfirmed, int planted, int expectedRejected, double fillSeconds,
		double plantSeconds) {

	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("mirrorRows", mirrorRows);
		map.put("ledgerConfirmed", ledgerConfirmed);
		map.put("plantedDrift", planted);
		map.put("expectedRejectedItems", expectedRejected);
		map.put("mirrorFillSeconds", fillSeconds);
		map.put("plantSeconds", plantSeconds);
		return map;
	}

}
