package com.akeneokhaos.monitor;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

	@Test
	void aJobWithoutEstimateShowsItsStepReadCountAndRate() {
		// given
		ProgressLine line = new ProgressLine("delta-sync", 12, "publish-products", 450, Duration.ofSeconds(9), null);

		// when
		String text = line.text();

		// then
		assertThat(text).isEqualTo("delta-sync execution 12, step publish-products: read 450 items, 50.0 items/s");
	}

	@Test
	void aFullReadWithAPreviousTotalSaysAboutHowMuchIsLeft() {
		// given
		ProgressLine line = new ProgressLine("catalogue-refresh", 7, "publish-products", 1000, Duration.ofSeconds(10),
				21_000L);

		// when
		String text = line.text();

		// then
		assertThat(text).isEqualTo("catalogue-refresh execution 7, step publish-products: read 1000 items, "
				+ "100.0 items/s; about 20000 of 21000 items left, about 3 min 20 s to go");
	}

	@Test
	void aRunPastThePreviousTotalSaysItIsAboutDone() {
		// given
		ProgressLine line = new ProgressLine("reconciliation", 3, "reconcile-items", 520, Duration.ofSeconds(4), 500L);

		// when
		String text = line.text();

		// then
		assertThat(text).endsWith("; about done (the last completed run read 500)");
	}

	@Test
	void aStepThatReadNothingYetSaysHowLongItRunsAndWhatIsExpected() {
		// given
		ProgressLine line = new ProgressLine("catalogue-refresh", 7, "publish-products", 0, Duration.ofSeconds(4),
				300L);

		// when
		String text = line.text();

		// then
		assertThat(text).isEqualTo("catalogue-refresh execution 7, step publish-products: running for 4 s, "
				+ "no item read yet; the last completed run read 300");
	}

	@Test
	void aTaskletStepSaysHowLongItRuns() {
		// given
		ProgressLine line = new ProgressLine("delta-sync", 9, "note-reference-data", 0, Duration.ofSeconds(75), null);

		// when / then
		assertThat(line.text())
			.isEqualTo("delta-sync execution 9, step note-reference-data: running for 1 min 15 s, no item read yet");
	}

	@Test
	void anExecutionBetweenStepsSaysSo() {
		// given
		ProgressLine line = new ProgressLine("asset-url-sync", 4, null, 0, Duration.ZERO, null);

		// when / then
		assertThat(line.text()).isEqualTo("asset-url-sync execution 4: between steps");
	}

	@Test
	void durationsReadAsAnOperatorSaysThem() {
		// when / then
		assertThat(ProgressLine.words(Duration.ofSeconds(45))).isEqualTo("45 s");
		assertThat(ProgressLine.words(Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
		assertThat(ProgressLine.words(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
	}

}
