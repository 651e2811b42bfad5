package com.akeneokhaos.monitor;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"no estimate | delta-sync | 12 | publish-products | 450 | 9 | | delta-sync execution 12, step publish-products: read 450 items, 50.0 items/s",
			"a full read with a previous total | catalogue-refresh | 7 | publish-products | 1000 | 10 | 21000 | catalogue-refresh execution 7, step publish-products: read 1000 items, 100.0 items/s; about 20000 of 21000 items left, about 3 min 20 s to go",
			"past the previous total | reconciliation | 3 | reconcile-items | 520 | 4 | 500 | reconciliation execution 3, step reconcile-items: read 520 items, 130.0 items/s; about done (the last completed run read 500)",
			"nothing read yet | catalogue-refresh | 7 | publish-products | 0 | 4 | 300 | catalogue-refresh execution 7, step publish-products: running for 4 s, no item read yet; the last completed run read 300",
			"a tasklet step | delta-sync | 9 | note-reference-data | 0 | 75 | | delta-sync execution 9, step note-reference-data: running for 1 min 15 s, no item read yet",
			"between steps | asset-url-sync | 4 | | 0 | 0 | | asset-url-sync execution 4: between steps" })
	void aLineSaysWhereARunIsAndHowFastItGoes(String what, String job, long execution, String step, long read,
			long seconds, Long previousTotal, String expected) {
		// given
		ProgressLine line = new ProgressLine(job, execution, step, read, Duration.ofSeconds(seconds), previousTotal);

		// when
		String text = line.text();

		// then
		assertThat(text).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} s reads {1}")
	@CsvSource({ "45, 45 s", "200, 3 min 20 s", "7500, 2 h 5 min" })
	void durationsReadAsAnOperatorSaysThem(long seconds, String words) {
		// when / then
		assertThat(ProgressLine.words(Duration.ofSeconds(seconds))).isEqualTo(words);
	}

}
