package com.akeneokhaos.akeneo.reader;

import java.util.function.IntSupplier;

/**
 * A count of requests once it stops moving: a page a reader asked for ahead is interrupted when the reader closes,
 * but the HTTP client may already have sent it, and it reaches the server a moment later.
 */
final class SettledCount {

	private SettledCount() {
	}

	/** The count once it has not changed for 200 ms (or after two seconds, as it then stands). */
	static int of(IntSupplier count) throws InterruptedException {
		int seen = count.getAsInt();
		for (int tries = 0; tries < 10; tries++) {
			Thread.sleep(200);
			int now = count.getAsInt();
			if (now == seen) {
				return now;
			}
			seen = now;
		}
		return seen;
	}

}
