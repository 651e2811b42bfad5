package com.akeneokhaos.jobs.refresh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.support.ChildJvm;
import com.akeneokhaos.support.DatabaseCopy;
import com.akeneokhaos.support.KillPoint;
import com.akeneokhaos.support.TestDatabase;

/**
 * Runs chains of kill points, each on its own copy of the synced database: the second refresh runs in a
 * child JVM killed at the chain's first point, its restart ({@code restart ID --after-crash}) in another
 * killed at the second, and so on; then a last restart, in this JVM, must COMPLETE with exactly the
 * expected outcome. What comes after a kill is what an operator would do: restart the execution left
 * running, run again when the kill came before the job started, nothing when it came after the job
 * completed. Every kill is printed with where it happened, every failure with the line that replays its
 * chain.
 */
final class KillChains {

	static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);

	private static final long STARTED = System.nanoTime();

	private final ChildJvm jvm;

	private final Path folder;

	private final TestDatabase.Coordinates synced;

	private final AkeneoSandbox akeneo;

	private final RefreshOutcome expected;

	private final long seed;

	KillChains(ChildJvm jvm, Path folder, TestDatabase.Coordinates synced, AkeneoSandbox akeneo, RefreshOutcome expected,
			long seed) {
		this.jvm = jvm;
		this.folder = folder;
		this.synced = synced;
		this.akeneo = akeneo;
		this.expected = expected;
		this.seed = seed;
	}

	/** Prints a line of the harness, with the seconds since it started. */
	static void log(String format, Object... arguments) {
		System.out.printf("[kill points %5.1fs] %s%n", (System.nanoTime() - STARTED) / 1e9, format.formatted(arguments));
	}

	/** Runs every chain, {@code parallel} at a time; the results come in the chains' order. */
	List<Result> runAll(List<List<KillPoint>> chains, int parallel) {
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<Result>> futures = new ArrayList<>();
			for (int i = 0; i < chains.size(); i++) {
				int number = i + 1;
				futures.add(pool.submit(() -> run(number, chains.get(number - 1))));
			}
			List<Result> results = new ArrayList<>();
			for (Future<Result> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Kills the refresh at each point of the chain in turn, then restarts it here and compares. */
	Result run(int number, List<KillPoint> chain) {
		return run(number, chain, null);
	}

	/**
	 * Kills the refresh at the chain's points, then restarts it to its end in a child JVM that writes every
	 * event of the restart to {@code events}, and compares.
	 */
	Result run(int number, List<KillPoint> chain, @Nullable Path events) {
		String replay = "-Dkill.seed=%d -Dkill.at='%s'".formatted(seed,
				String.join(";", chain.stream().map(KillPoint::toString).toList()));
		try {
			return killAndRestart(number, chain, replay, events);
		}
		catch (RuntimeException ex) {
			return new Result(0, List.of("chain %d broke: %s; replay: %s".formatted(number, ex, replay)));
		}
	}

	private Result killAndRestart(int number, List<KillPoint> chain, String replay, @Nullable Path events) {
		TestDatabase.Coordinates db = DatabaseCopy.of(synced, "kill_points_" + number);
		InProcessCommandLine cli = new InProcessCommandLine(db, akeneo);
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
		List<String> failures = new ArrayList<>();
		long latest = latestExecution(jdbc);
		List<String> next = List.of("run", "catalogue-refresh");
		int killed = 0;
		for (KillPoint point : chain) {
			Path log = folder.resolve("chain-%d-kill-%d.log".formatted(number, killed + 1));
			ChildJvm.Ending ending = jvm.runAndKillAt(point, cli.arguments(next.toArray(String[]::new)), log,
					CHILD_TIMEOUT);
			if (!ending.killed()) {
				failures.add("chain %d: %s ended with exit code %s before reaching %s; replay: %s%n%s".formatted(number,
						String.join(" ", next), ending.exitCode(), point.describe(), replay, ChildJvm.tail(log)));
				next = List.of("status");
				break;
			}
			killed++;
			long execution = latestExecution(jdbc);
			String status = status(jdbc, execution);
			boolean started = execution != latest;
			log("chain %d, kill %d/%d: %s killed at %s (%s execution %d is %s)", number, killed, chain.size(),
					String.join(" ", next), point.describe(), started ? "its" : "no new execution yet, the last",
					execution, status);
			if (KillPointPlan.insideAStep(point) && !status.equals("STARTED")) {
				failures.add("chain %d: execution %d killed at %s is %s, not STARTED; replay: %s".formatted(number,
						execution, point.describe(), status, replay));
			}
			if (started && status.equals("COMPLETED")) {
				next = List.of("status");
				break;
			}
			if (started) {
				next = List.of("restart", Long.toString(execution), "--after-crash");
				latest = execution;
			}
		}
		Path restartLog = folder.resolve("chain-%d-restart.log".formatted(number));
		var restarted = (events != null)
				? restartToTheEnd(cli, next, events, restartLog)
				: cli.run(RefreshOutcome::read, next.toArray(String[]::new));
		List<String> differences = restarted.read().differencesFrom(expected);
		log("chain %d: %s exit code %d, %s (replay: %s)", number, String.join(" ", next), restarted.exitCode(),
				differences.isEmpty() ? "outcome equal to the uninterrupted refresh" : "outcome DIFFERS: " + differences,
				replay);
		if (restarted.exitCode() != 0 || !differences.isEmpty()) {
			failures.add("chain %d killed at %s: %s exit code %d, differences %s; replay: %s".formatted(number,
					chain.stream().map(KillPoint::describe).toList(), String.join(" ", next), restarted.exitCode(),
					differences, replay));
		}
		return new Result(killed, failures);
	}

	private InProcessCommandLine.Result<RefreshOutcome> restartToTheEnd(InProcessCommandLine cli, List<String> words,
			Path events, Path log) {
		int exitCode = jvm.runToTheEnd(cli.arguments(words.toArray(String[]::new)), events, log, CHILD_TIMEOUT);
		return new InProcessCommandLine.Result<>(exitCode, cli.run(RefreshOutcome::read, "status").read());
	}

	private static long latestExecution(JdbcClient jdbc) {
		return jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
	}

	private static String status(JdbcClient jdbc, long execution) {
		return jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
			.param(execution)
			.query(String.class)
			.single();
	}

	/**
	 * What a chain ended with.
	 *
	 * @param killed how many of its points the runs reached and were killed at
	 * @param failures what went wrong, each with the line that replays the chain
	 */
	record Result(int killed, List<String> failures) {
	}

}
