package com.akeneokhaos.akeneo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

	private final Clock clock = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

	@ParameterizedTest(name = "''{0}'' means {1} s")
	@CsvSource(delimiter = '|', value = { "7|7", " 2 |2", "Sat, 01 Jun 2024 12:00:09 GMT|9",
			"Sat, 01 Jun 2024 11:59:00 GMT|0", "soon|0", "''|0", "-3|0" })
	void readsSecondsOrAnHttpDate(String header, long seconds) {
		assertThat(RetryAfter.parse(header, clock)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void anAbsentHeaderAsksForNoWait() {
		assertThat(RetryAfter.parse(null, clock)).isZero();
	}

	@Test
	void theDefaultSleeperReallySleeps() throws InterruptedException {
		// given
		long start = System.nanoTime();

		// when
		Sleeper.REAL.sleep(Duration.ofMillis(50));

		// then
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
	}

}
