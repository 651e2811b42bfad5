package com.akeneokhaos.jobs.refresh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.ChildJvm;
import com.akeneokhaos.support.DatabaseCopy;
import com.akeneokhaos.support.KillPoint;
import com.akeneokhaos.support.TestDatabase;

import static com.akeneokhaos.jobs.refresh.KillChains.log;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restart is exact at any kill point. A catalogue is refreshed and taken by Khaos; then Akeneo changes
 * (structure changes, edits, deletions: {@link KillHarnessScenario}) and the second refresh runs on copies
 * of that database, in JVMs of their own, SIGKILLed at points drawn from the events of an uninterrupted run
 * and of a restart (every write statement and commit of the command and of every step and chunk:
 * {@link KillPointPlan}): between the writes of one chunk, inside the retire step, around commits, while a
 * restart recovers the crashed execution... A chain of points kills the run and then its restart
 * ({@code restart ID --after-crash}); the last restart must COMPLETE and leave exactly what the
 * uninterrupted run left ({@link RefreshOutcome}: what KCC is served, the outbox, the ledger, the
 * exceptions, the audit trail). Chain 0 records the restart it ends with, to draw points of the restart
 * command from.
 * <p>
 * {@code -Dkill.seed=N} replays a draw (the seed is printed; a new one each run otherwise),
 * {@code -Dkill.points=N} draws more points (default 20), {@code -Dkill.chain=N} sets the longest chain
 * (default 2), {@code -Dkill.parallel=N} how many chains run at once (default 2), and
 * {@code -Dkill.at='step|phase|event|n;...'} runs exactly one chain, as printed for a failed one.
 */
class CatalogueRefreshKillPointsTest {

	@TempDir
	Path folder;

	@Test
	void aRefreshKilledAtAnyPointRestartsToExactlyWhatAnUninterruptedRefreshLeaves() throws IOException {
		long seed = Long.getLong("kill.seed", System.currentTimeMillis());
		int count = Integer.getInteger("kill.points", 20);
		log("preparing: the catalogue, its first refresh, the changes in Akeneo, an uninterrupted second refresh");
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(KillHarnessScenario.CATALOGUE);
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			// given
			TestDatabase.Coordinates synced = KhaosTookFirstRefresh.prepare(akeneo, catalogue);
			log("first refresh done and taken by Khaos (all but 2 clashing codes confirmed)");
			new KillHarnessScenario(catalogue, akeneo.simulator()).changeAkeneo()
				.forEach(change -> log("Akeneo change: %s", change));
			ChildJvm jvm = ChildJvm.in(folder);
			Reference reference = uninterruptedRun(jvm, synced, akeneo);
			KillChains kills = new KillChains(jvm, folder, synced, akeneo, reference.outcome(), seed);
			List<KillChains.Result> results = new ArrayList<>();
			List<KillPoint> events = new ArrayList<>(reference.events());
			if (!replaying()) {
				results.add(kills.run(0, List.of(KillPointPlan.insideProductsChunk(events, seed)), restartEvents()));
				events.addAll(restartCommandEvents());
			}
			List<List<KillPoint>> chains = chains(events, seed, count - results.size());
			log("seed %d: %d kill points in %d chains, drawn from %d events of the uninterrupted refresh and a restart, "
					+ "covering %s", seed, chains.stream().mapToInt(List::size).sum(), chains.size(), events.size(),
					KillPointPlan.mustCover(events).keySet());
			// when
			results.addAll(kills.runAll(chains, Integer.getInteger("kill.parallel", 2)));
			// then
			assertThat(replaying() ? List.of() : KillPointPlan.uncovered(events))
				.as("kinds of point the refresh no longer offers")
				.isEmpty();
			assertThat(results.stream().flatMap(result -> result.failures().stream())).as("seed %d", seed).isEmpty();
			assertThat(results.stream().mapToInt(KillChains.Result::killed).sum())
				.isEqualTo(chains.stream().mapToInt(List::size).sum() + (replaying() ? 0 : 1))
				.isGreaterThanOrEqualTo(replaying() ? 1 : Math.min(count, 20));
		}
	}

	private Path restartEvents() {
		return folder.resolve("restart.events");
	}

	/** The events of the restart command (recovering the crashed execution) in chain 0's recorded restart. */
	private List<KillPoint> restartCommandEvents() throws IOException {
		if (!Files.exists(restartEvents())) {
			return List.of();
		}
		return Files.readAllLines(restartEvents())
			.stream()
			.map(KillPoint::parse)
			.filter(point -> point.step().equals(KillPointPlan.RESTART_COMMAND))
			.toList();
	}

	/**
	 * The second refresh on a copy of the synced database, uninterrupted, in a JVM of its own as the killed
	 * ones run: every event it went through, and what it left.
	 */
	private Reference uninterruptedRun(ChildJvm jvm, TestDatabase.Coordinates synced, AkeneoSandbox akeneo)
			throws IOException {
		InProcessCommandLine cli = new InProcessCommandLine(DatabaseCopy.of(synced, "kill_points_reference"), akeneo);
		Path events = folder.resolve("uninterrupted.events");
		Path log = folder.resolve("uninterrupted.log");
		int exitCode = jvm.runToTheEnd(cli.arguments("run", "catalogue-refresh"), events, log, KillChains.CHILD_TIMEOUT);
		assertThat(exitCode).as("exit code of the uninterrupted refresh%n%s", ChildJvm.tail(log)).isZero();
		Reference reference = new Reference(Files.readAllLines(events).stream().map(KillPoint::parse).toList(),
				cli.run(RefreshOutcome::read, "status").read());
		log("uninterrupted second refresh done: %d events", reference.events().size());
		if (Boolean.getBoolean("kill.events")) {
			reference.events().forEach(event -> log("event: %s", event));
		}
		return reference;
	}

	/** Whether {@code -Dkill.at} names the one chain to run. */
	private static boolean replaying() {
		String at = System.getProperty("kill.at");
		return at != null && !at.isBlank();
	}

	/** The chain {@code -Dkill.at} names, or those drawn from the events with the seed. */
	private static List<List<KillPoint>> chains(List<KillPoint> events, long seed, int count) {
		if (replaying()) {
			return List.of(Arrays.stream(System.getProperty("kill.at").split(";")).map(String::strip)
				.map(KillPoint::parse).toList());
		}
		return KillPointPlan.draw(events, seed, count, Integer.getInteger("kill.chain", 2));
	}

	/** What the uninterrupted refresh went through and left. */
	private record Reference(List<KillPoint> events, RefreshOutcome outcome) {
	}

}
