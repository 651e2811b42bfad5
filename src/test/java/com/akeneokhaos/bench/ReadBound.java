package com.akeneokhaos.bench;

import java.util.Locale;

/**
 * How close a run came to the fastest that Akeneo's latency allows: with {@code bench.latencyMs} added to every
 * simulator response and at most {@code partitions} requests at once, a run cannot take less than requests ÷
 * partitions × latency. The ratio is that bound over the job's time (1 would be as fast as the reads allow).
 *
 * @param requests the Akeneo requests of the run
 * @param partitions how many of them go at once
 * @param latencyMs what the simulator adds to each response
 * @param boundSeconds requests ÷ partitions × latency
 * @param ratio the bound over the job's time
 */
record ReadBound(long requests, int partitions, long latencyMs, double boundSeconds, double ratio) {

	static ReadBound of(long requests, int partitions, long latencyMs, double jobSeconds) {
		double bound = (double) requests / partitions * latencyMs / 1000.0;
		double ratio = (jobSeconds > 0) ? bound / jobSeconds : Double.NaN;
		return new ReadBound(requests, partitions, latencyMs, Math.round(bound * 100) / 100.0,
				Math.round(ratio * 100) / 100.0);
	}

	String describe() {
		return String.format(Locale.ROOT, "%d requests, %d at a time: read bound %.1f s = %.2f of the job's time "
				+ "(1 = as fast as the reads allow)", requests, partitions, boundSeconds, ratio);
	}

}
