package com.akeneokhaos.akeneo;

import java.time.Duration;

/** Waits between retries; a seam so that tests record delays instead of sleeping. */
@FunctionalInterface
interface Sleeper {

	Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

	void sleep(Duration duration) throws InterruptedException;

}
