package com.akeneokhaos.publish;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ChunkMappingTest {

	private ChunkMapping mapping;

	@AfterEach
	void stopWorkers() {
		if (mapping != null) {
			mapping.destroy();
		}
	}

	@ParameterizedTest(name = "{0} items on {1} threads")
	@CsvSource({ "0, 3", "1, 3", "7, 3", "100, 1", "100, 3", "101, 4" })
	void everyItemGetsItsOwnResult(int size, int threads) {
		// given
		mapping = new ChunkMapping(threads);
		List<String> items = items(size);

		// when
		Map<String, Integer> results = mapping.mapAll(items, String::length);

		// then
		assertThat(results).hasSize(size);
		items.forEach(item -> assertThat(results.get(item)).isEqualTo(item.length()));
	}

	@Test
	void aChunkIsSharedBetweenTheStepThreadAndTheWorkers() throws InterruptedException {
		// given: each slice waits until three threads are mapping at once
		mapping = new ChunkMapping(3);
		CountDownLatch allMapping = new CountDownLatch(3);
		Set<String> threads = ConcurrentHashMap.newKeySet();
		Function<String, String> waitingForTheOthers = item -> {
			if (threads.add(Thread.currentThread().getName())) {
				allMapping.countDown();
			}
			await(allMapping);
			return item.toUpperCase();
		};

		// when
		Map<String, String> results = mapping.mapAll(items(30), waitingForTheOthers);

		// then
		assertThat(results).hasSize(30);
		assertThat(threads).hasSize(3).contains(Thread.currentThread().getName());
	}

	@Test
	void anItemWhoseMappingFailsIsLeftOutAndTheOthersAreMapped() {
		// given
		mapping = new ChunkMapping(2);
		List<String> items = items(40);
		String broken = items.get(30);

		// when
		Map<String, String> results = mapping.mapAll(items, item -> {
			if (item == broken) {
				throw new IllegalArgumentException("unreadable");
			}
			return item.toUpperCase();
		});

		// then
		assertThat(results).hasSize(39).doesNotContainKey(broken);
	}

	@Test
	void anErrorOnAWorkerReachesTheStepThread() {
		// given: the step's thread maps nothing until the worker has taken an item
		mapping = new ChunkMapping(2);
		CountDownLatch workerTookOne = new CountDownLatch(1);

		// when / then
		assertThatThrownBy(() -> mapping.mapAll(items(40), item -> {
			if (onAWorker()) {
				workerTookOne.countDown();
				throw new OutOfMemoryError("no room");
			}
			await(workerTookOne);
			return item;
		})).isInstanceOf(OutOfMemoryError.class).hasMessage("no room");
	}

	@Test
	void aWorkerBusyWithAnotherChunkLeavesItsShareToTheStepThread() throws InterruptedException {
		// given: the one worker is held by another step's chunk
		mapping = new ChunkMapping(2);
		CountDownLatch workerHeld = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread otherStep = new Thread(() -> mapping.mapAll(items(40), item -> {
			if (onAWorker()) {
				workerHeld.countDown();
				await(release);
			}
			await(workerHeld);
			return item;
		}));
		otherStep.start();
		await(workerHeld);
		Set<String> threads = ConcurrentHashMap.newKeySet();
		try {
			// when
			Map<String, String> results = assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> mapping.mapAll(items(40), item -> {
						threads.add(Thread.currentThread().getName());
						return item.toUpperCase();
					}));

			// then: mapped without waiting for the worker
			assertThat(results).hasSize(40);
			assertThat(threads).noneMatch(name -> name.startsWith(ChunkMapping.THREAD_NAME_PREFIX));
		}
		finally {
			release.countDown();
			otherStep.join();
		}
	}

	@Test
	void theResultsAreKeptByItemInstanceNotByEquality() {
		// given: two equal products are two items
		mapping = new ChunkMapping(2);
		String first = new String("same");
		String second = new String("same");

		// when
		Map<String, String> results = mapping.mapAll(List.of(first, second), item -> item);

		// then
		assertThat(results).hasSize(2);
		assertThat(results.get(first)).isSameAs(first);
		assertThat(results.get(second)).isSameAs(second);
	}

	private static boolean onAWorker() {
		return Thread.currentThread().getName().startsWith(ChunkMapping.THREAD_NAME_PREFIX);
	}

	private static List<String> items(int size) {
		return IntStream.range(0, size).mapToObj(i -> "item-" + "x".repeat(i % 7) + i).toList();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other threads in time").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
