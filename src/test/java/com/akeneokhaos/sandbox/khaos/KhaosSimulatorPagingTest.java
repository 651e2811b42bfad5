package com.akeneokhaos.sandbox.khaos;

import static com.akeneokhaos.sandbox.khaos.StockFixtures.item;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.stockChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class KhaosSimulatorPagingTest extends FakeChannelTestBase {

	@Test
	void followsTheContinuationThroughThreePagesAndStopsOnAnEmptyPage() {
		// given
		channel.pages(stockChanges(item("1", "A1"), item("2", "A2")), stockChanges(item("3", "A3")),
				stockChanges(item("4", "A4")));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result).isEqualTo(new PollResult(4, 3, 4, 0, 0));
		assertThat(simulator.items()).containsOnlyKeys("1", "2", "3", "4");
		assertThat(channel.received(FakeChannel.PROVIDED_STOCK)).extracting(FakeChannel.Received::continuation)
			.containsExactly("", "page-1", "page-2", "page-3");
		assertThat(simulator.continuation()).isEqualTo("page-3");
	}

	@Test
	void theNextPollEchoesTheLastContinuationReceived() {
		// given
		channel.pages(stockChanges(item("1", "A1")));
		simulator.pollOnce();

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result).isEqualTo(new PollResult(1, 0, 0, 0, 0));
		assertThat(channel.received(FakeChannel.PROVIDED_STOCK)).extracting(FakeChannel.Received::continuation)
			.containsExactly("", "page-1", "page-1");
	}

	@Test
	void stopsWhenTheChannelSendsTheSameContinuationAgain() {
		// given
		channel.pages(stockChanges(item("1", "A1"))).stuckOn("same");

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.requests()).isEqualTo(2);
		assertThat(channel.received(FakeChannel.PROVIDED_STOCK)).extracting(FakeChannel.Received::continuation)
			.containsExactly("", "same");
	}

	@Test
	void acceptsTheOlderItemsAndDeletedShape() {
		// given
		channel.pages(stockChanges(item("1", "A1")), oldShape(List.of(item("2", "A2")), List.of("1")));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.applied()).isEqualTo(3);
		assertThat(simulator.item("2")).isPresent();
		assertThat(simulator.item("1")).hasValueSatisfying(i -> assertThat(i.discontinued()).isTrue());
	}

	@Test
	void aFailingPageStopsThePollAndKeepsTheContinuationOfTheLastPageTaken() {
		// given
		channel.pages(stockChanges(item("1", "A1")), stockChanges(item("2", "A2")));
		simulator.connect();
		simulator.pollOnce();
		channel.pages(stockChanges(item("3", "A3"))).failNext(FakeChannel.PROVIDED_STOCK, 1);

		// when / then
		assertThatThrownBy(simulator::pollOnce).isInstanceOf(KhaosSimulatorException.class).hasMessageContaining("500");
		assertThat(simulator.continuation()).isEqualTo("page-2");
		assertThat(simulator.pollOnce().applied()).isEqualTo(1);
		assertThat(simulator.items()).containsOnlyKeys("1", "2", "3");
	}

	@Test
	void backgroundPollingAppliesPagesUntilStopped() throws InterruptedException {
		// given
		channel.pages(stockChanges(item("1", "A1")));

		// when
		simulator.startPolling(Duration.ofMillis(20));
		Instant deadline = Instant.now().plusSeconds(10);
		while (simulator.items().isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(10);
		}
		simulator.stopPolling();

		// then
		assertThat(simulator.items()).containsOnlyKeys("1");
		assertThat(simulator.lastPollFailure()).isEmpty();
	}

	private static ObjectNode oldShape(List<ObjectNode> items,
			List<String> deleted) {
		ObjectNode page = KhaosJson.object();
		items.forEach(page.putArray("Items")::add);
		deleted.forEach(page.putArray("Deleted")::add);
		page.put("ApiVersion", 10000);
		return page;
	}

}
