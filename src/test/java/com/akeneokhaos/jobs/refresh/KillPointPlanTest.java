package com.akeneokhaos.jobs.refresh;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.support.KillPoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan draws the same points for the same seed, one of each kind that must be covered first, and chains
 * them so that every point of a chain can still be reached by the restart that follows the kill before it.
 */
class KillPointPlanTest {

	private static final List<KillPoint> EVENTS = events();

	@Test
	void sameSeedDrawsTheSameChains() {
		// given
		long seed = 42;
		// when
		List<List<KillPoint>> first = KillPointPlan.draw(EVENTS, seed, 25, 2);
		List<List<KillPoint>> second = KillPointPlan.draw(EVENTS, seed, 25, 2);
		// then
		assertThat(first).isEqualTo(second);
		assertThat(KillPointPlan.draw(EVENTS, seed + 1, 25, 2)).isNotEqualTo(first);
	}

	@Test
	void everyKindThatMustBeCoveredIsDrawn() {
		// given
		int kinds = KillPointPlan.mustCover(EVENTS).size();
		// when
		List<KillPoint> drawn = KillPointPlan.draw(EVENTS, 7, kinds, 3).stream().flatMap(List::stream).toList();
		// then
		assertThat(KillPointPlan.uncovered(EVENTS)).isEmpty();
		assertThat(KillPointPlan.mustCover(EVENTS).values())
			.allSatisfy(kind -> assertThat(drawn).anyMatch(kind));
		assertThat(drawn).doesNotHaveDuplicates().hasSizeBetween(kinds, kinds + 1);
	}

	@Test
	void chainsGoThroughTheStepsInOrderWithTheRestartCommandRightAfterAKillInTheProductsStep() {
		// given
		long seed = 3;
		// when
		List<List<KillPoint>> chains = KillPointPlan.draw(EVENTS, seed, 30, 3);
		// then
		assertThat(chains).allSatisfy(chain -> {
			List<KillPoint> steps = chain.stream()
				.filter(point -> !point.step().equals(KillPointPlan.RESTART_COMMAND))
				.toList();
			for (int i = 1; i < steps.size(); i++) {
				assertThat(KillPointPlan.STEPS.indexOf(steps.get(i).step()))
					.isGreaterThan(KillPointPlan.STEPS.indexOf(steps.get(i - 1).step()));
			}
			for (int i = 0; i < chain.size(); i++) {
				if (chain.get(i).step().equals(KillPointPlan.RESTART_COMMAND)) {
					assertThat(i).isEqualTo(1);
					assertThat(chain.get(0).step()).isEqualTo(KillPointPlan.PRODUCTS);
				}
			}
		});
	}

	/** Events like those of a refresh: the commands, each step with a few chunks of writes and commits. */
	private static List<KillPoint> events() {
		List<KillPoint> events = new ArrayList<>();
		for (String command : List.of(KillPointPlan.RUN_COMMAND, KillPointPlan.RESTART_COMMAND)) {
			for (int i = 1; i <= 3; i++) {
				events.add(new KillPoint(command, "start", "after UPDATE BATCH_JOB_EXECUTION SET START_TIME", i));
				events.add(new KillPoint(command, "start", "before commit", i));
			}
		}
		chunks(events, "check-khaos-confirmations", 1, "after INSERT INTO sync_exception");
		chunks(events, "publish-product-models", 2, "after INSERT INTO khaos_outbox", "after INSERT INTO sync_ledger");
		chunks(events, KillPointPlan.PRODUCTS, 5, "after INSERT INTO sync_exception", "after INSERT INTO khaos_outbox",
				"after INSERT INTO sync_ledger", "after UPDATE sync_ledger SET had_children",
				"after INSERT INTO sync_ledger", "after INSERT INTO sync_ledger_history",
				"after UPDATE sync_ledger SET last_job_execution_id");
		chunks(events, "retire-deleted-items", 1, "after INSERT INTO khaos_outbox", "after UPDATE sync_ledger SET status",
				"after INSERT INTO sync_ledger_history");
		return events;
	}

	private static void chunks(List<KillPoint> events, String step, int count, String... writes) {
		for (int chunk = 1; chunk <= count; chunk++) {
			List<String> seen = new ArrayList<>();
			for (String write : writes) {
				seen.add(write);
				int occurrence = (int) seen.stream().filter(write::equals).count();
				events.add(new KillPoint(step, "chunk " + chunk, write, occurrence));
			}
			events.add(new KillPoint(step, "chunk " + chunk, "before commit", 1));
			events.add(new KillPoint(step, "chunk " + chunk, "after commit", 1));
		}
		events.add(new KillPoint(step, "end", "before commit", 1));
	}

}
