package com.akeneokhaos.sandbox.khaos;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;

/**
 * A KCC simulator pointed at a {@link FakeChannel} of its own, both stopped after each test: what the
 * simulator's tests start from. Uploads are retried without waiting.
 */
abstract class FakeChannelTestBase {

	final FakeChannel channel = FakeChannel.start();

	final KhaosSimulator simulator = new KhaosSimulator(channel.configUrl(), FakeChannel.USER, FakeChannel.PASSWORD)
		.uploadRetryDelay(Duration.ZERO);

	@AfterEach
	void stop() {
		simulator.close();
		channel.close();
	}

}
