package com.akeneokhaos.sandbox.akeneo;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** What clients did to the simulator: a request log and the peak number of requests served at once. */
final class RequestStats {

	private final ConcurrentLinkedQueue<LoggedRequest> log = new ConcurrentLinkedQueue<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger peak = new AtomicInteger();

	void begin() {
		int now = inFlight.incrementAndGet();
		peak.accumulateAndGet(now, Math::max);
	}

	/** Ends a request before its response is written, so a client's next request never overlaps it. */
	void end(LoggedRequest request) {
		log.add(request);
		inFlight.decrementAndGet();
	}

	long requestCount(String pathPrefix) {
		return log.stream().filter(r -> r.path().startsWith(pathPrefix)).count();
	}

	long statusCount(int status) {
		return log.stream().filter(r -> r.status() == status).count();
	}

	int peakConcurrency() {
		return peak.get();
	}

	List<LoggedRequest> log() {
		return List.copyOf(log);
	}

	void reset() {
		log.clear();
		peak.set(inFlight.get());
	}

}
