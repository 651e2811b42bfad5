package com.akeneokhaos.jobs.refresh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import com.akeneokhaos.support.KillPoint;

/**
 * Which kill points the harness tries, drawn with a seed from the events of an uninterrupted refresh and of
 * a restart after a crash (the {@code restart command}'s own events: recovering the crashed execution,
 * starting the new one): first one point of each kind that must be covered, then points drawn at random
 * from all events until there are {@code count}. Points are grouped into chains of up to
 * {@code chainLength}, each in a later step than the one before: the run is killed at the first, its
 * restart at the second (a step the killed run never reached runs in the restart exactly as in the
 * recording), and so on. A {@code restart command} point goes second in a chain whose first kill is inside
 * the products step, as in its recording (the shortest such chain, which may then be one longer): what the
 * restart command does before its first step depends on how many steps it finds completed.
 */
final class KillPointPlan {

	static final String RUN_COMMAND = "run command";

	static final String RESTART_COMMAND = "restart command";

	/** The order in which a run goes through the steps (its command first). */
	static final List<String> STEPS = List.of(RUN_COMMAND, "check-khaos-confirmations", "publish-product-models",
			"publish-products", "retire-deleted-items");

	static final String PRODUCTS = "publish-products";

	private static final String RETIRE = "retire-deleted-items";

	private KillPointPlan() {
	}

	/** The kinds of point that must be covered, by name, that none of these events is of. */
	static List<String> uncovered(List<KillPoint> events) {
		return kinds(events).entrySet()
			.stream()
			.filter(kind -> events.stream().noneMatch(kind.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The kinds of point that must be covered, by name, that these events offer. */
	static Map<String, Predicate<KillPoint>> mustCover(List<KillPoint> events) {
		Map<String, Predicate<KillPoint>> kinds = kinds(events);
		kinds.keySet().removeAll(uncovered(events));
		return kinds;
	}

	/** Whether a kill at this point leaves a step execution running. */
	static boolean insideAStep(KillPoint point) {
		return STEPS.indexOf(point.step()) > 0 && !point.phase().equals("end");
	}

	/**
	 * {@code count} distinct points drawn with {@code seed} from the events (those of a refresh and those of
	 * a restart command), in chains of up to {@code chainLength}.
	 */
	static List<List<KillPoint>> draw(List<KillPoint> events, long seed, int count, int chainLength) {
		Random random = new Random(seed);
		Set<KillPoint> points = new LinkedHashSet<>();
		for (Predicate<KillPoint> kind : mustCover(events).values()) {
			if (points.size() < count) {
				List<KillPoint> candidates = events.stream().filter(kind).filter(p -> !points.contains(p)).toList();
				if (!candidates.isEmpty()) {
					points.add(candidates.get(random.nextInt(candidates.size())));
				}
			}
		}
		int distinct = (int) events.stream().distinct().count();
		while (points.size() < Math.min(count, distinct)) {
			points.add(events.get(random.nextInt(events.size())));
		}
		List<KillPoint> shuffled = new ArrayList<>(points);
		Collections.shuffle(shuffled, random);
		List<List<KillPoint>> chains = chains(shuffled.stream().filter(p -> !p.step().equals(RESTART_COMMAND)).toList(),
				chainLength);
		for (KillPoint point : shuffled.stream().filter(p -> p.step().equals(RESTART_COMMAND)).toList()) {
			List<KillPoint> after = chains.stream()
				.filter(chain -> insideAStep(chain.get(0)) && chain.get(0).step().equals(PRODUCTS))
				.min(Comparator.comparingInt(List::size))
				.orElseGet(() -> {
					List<KillPoint> candidates = events.stream()
						.filter(p -> p.step().equals(PRODUCTS) && p.chunk() > 0 && !points.contains(p))
						.toList();
					List<KillPoint> chain = new ArrayList<>(List.of(candidates.get(random.nextInt(candidates.size()))));
					points.add(chain.get(0));
					chains.add(chain);
					return chain;
				});
			after.add(1, point);
		}
		return chains;
	}

	/** A point inside a chunk of the products step, drawn with {@code seed}. */
	static KillPoint insideProductsChunk(List<KillPoint> events, long seed) {
		List<KillPoint> candidates = events.stream().filter(p -> p.step().equals(PRODUCTS) && p.chunk() > 0).toList();
		return candidates.get(new Random(seed).nextInt(candidates.size()));
	}

	private static Map<String, Predicate<KillPoint>> kinds(List<KillPoint> events) {
		Set<String> chunksWithPublications = new LinkedHashSet<>();
		events.stream()
			.filter(at(PRODUCTS, "after INSERT INTO sync_ledger"))
			.forEach(e -> chunksWithPublications.add(e.phase()));
		Map<String, Predicate<KillPoint>> kinds = new LinkedHashMap<>();
		kinds.put("retire step: after a discontinue entry", at(RETIRE, "after INSERT INTO khaos_outbox"));
		kinds.put("retire step: after a ledger row discontinued", at(RETIRE, "after UPDATE sync_ledger SET status"));
		kinds.put("retire step: after a history row", at(RETIRE, "after INSERT INTO sync_ledger_history"));
		kinds.put("retire step: before its commit", at(RETIRE, "before commit").and(p -> p.chunk() > 0));
		kinds.put("chunk: outbox appended, ledger not yet upserted",
				at(PRODUCTS, "after INSERT INTO khaos_outbox").and(p -> chunksWithPublications.contains(p.phase())));
		kinds.put("chunk: ledger upserted, retirements and history not yet",
				at(PRODUCTS, "after INSERT INTO sync_ledger").and(p -> p.occurrence() == 1));
		kinds.put("chunk: an item retired to free its code, history not yet",
				at(PRODUCTS, "after INSERT INTO sync_ledger").and(p -> p.occurrence() > 1));
		kinds.put("chunk: history written, unchanged items not yet marked seen",
				at(PRODUCTS, "after INSERT INTO sync_ledger_history"));
		kinds.put("chunk: unchanged items marked seen",
				at(PRODUCTS, "after UPDATE sync_ledger SET last_job_execution_id"));
		kinds.put("chunk: a rejection recorded", at(PRODUCTS, "after INSERT INTO sync_exception"));
		kinds.put("chunk: SCS parents marked", at(PRODUCTS, "after UPDATE sync_ledger SET had_children"));
		kinds.put("chunk: before its commit", at(PRODUCTS, "before commit").and(p -> p.chunk() > 0));
		kinds.put("chunk: just after its commit", at(PRODUCTS, "after commit").and(p -> p.chunk() > 0));
		kinds.put("products step: after its last chunk", p -> p.step().equals(PRODUCTS) && p.phase().equals("end"));
		kinds.put("models step: inside a chunk", p -> p.step().equals("publish-product-models") && p.chunk() > 0);
		kinds.put("confirmations step: an unconfirmed delivery recorded",
				at("check-khaos-confirmations", "after INSERT INTO sync_exception"));
		kinds.put("confirmations step: before its commit", at("check-khaos-confirmations", "before commit"));
		kinds.put("run command: starting the job", p -> p.step().equals(RUN_COMMAND));
		kinds.put("restart command: recovering the crashed execution, starting the next",
				p -> p.step().equals(RESTART_COMMAND));
		return kinds;
	}

	/** Each point joins the first chain whose last point is in an earlier step, or starts a chain. */
	private static List<List<KillPoint>> chains(List<KillPoint> points, int chainLength) {
		List<List<KillPoint>> chains = new ArrayList<>();
		List<KillPoint> ordered = new ArrayList<>(points);
		ordered.sort(Comparator.comparingInt(p -> STEPS.indexOf(p.step())));
		for (KillPoint point : ordered) {
			List<KillPoint> chain = chains.stream()
				.filter(c -> c.size() < chainLength)
				.filter(c -> STEPS.indexOf(c.get(c.size() - 1).step()) < STEPS.indexOf(point.step()))
				.findFirst()
				.orElse(null);
			if (chain == null) {
				chain = new ArrayList<>();
				chains.add(chain);
			}
			chain.add(point);
		}
		return chains;
	}

	private static Predicate<KillPoint> at(String step, String event) {
		return p -> p.step().equals(step) && p.event().equals(event);
	}

}
