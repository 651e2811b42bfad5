package com.akeneokhaos.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A kill point reads back as it was written, so a printed one can be handed to a replay. */
class KillPointTest {

	@Test
	void writtenPointReadsBackTheSame() {
		// given
		KillPoint point = new KillPoint("publish-products", "chunk 3", "after INSERT INTO khaos_outbox", 2);
		// when
		KillPoint read = KillPoint.parse(point.toString());
		// then
		assertThat(read).isEqualTo(point);
		assertThat(point).hasToString("publish-products|chunk 3|after INSERT INTO khaos_outbox|2");
		assertThat(read.chunk()).isEqualTo(3);
		assertThat(read.describe()).isEqualTo("publish-products, chunk 3: after INSERT INTO khaos_outbox (#2)");
	}

	@Test
	void phaseOutsideChunksHasChunkZero() {
		// given
		KillPoint point = KillPoint.parse("retire-deleted-items|end|before commit|1");
		// when
		int chunk = point.chunk();
		// then
		assertThat(chunk).isZero();
	}

	@Test
	void malformedPointIsRefused() {
		// given
		String threeParts = "publish-products|chunk 3|before commit";
		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> KillPoint.parse(threeParts));
		assertThatIllegalArgumentException().isThrownBy(() -> new KillPoint("a|b", "start", "before commit", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new KillPoint("step", "start", "before commit", 0));
	}

}
