package com.akeneokhaos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Follows a batch run event by event ({@link KillPoint}: which step, which chunk, which write statement or
 * commit) and either records every event (to pick kill points from an uninterrupted run) or, once the run
 * reaches its kill point, writes a marker file and holds the thread there, transaction open, until the test
 * kills the process. Fed by {@link PausingDataSource} (statements, commits), {@link StepTracker} (steps,
 * chunks) and {@link KillPointHook} (the command starting): events before the command starts (start-up,
 * Flyway) and after the job ended are not followed; those of the command before the job's first step
 * (recovering a crashed execution, starting the job) belong to a step named after the command,
 * {@code run command} or {@code restart command}.
 */
public final class KillSwitch {

	private final @Nullable KillPoint target;

	private final @Nullable Path marker;

	private final List<KillPoint> recorded = new ArrayList<>();

	private final Map<String, Integer> occurrences = new HashMap<>();

	private @Nullable String step;

	private String phase = "start";

	private int chunks;

	private KillSwitch(@Nullable KillPoint target, @Nullable Path marker) {
		this.target = target;
		this.marker = marker;
	}

	/** A switch that only records the events of the run. */
	public static KillSwitch recording() {
		return new KillSwitch(null, null);
	}

	/** A switch that holds the run at {@code target}, after writing its description to {@code marker}. */
	public static KillSwitch pausingAt(KillPoint target, Path marker) {
		return new KillSwitch(target, marker);
	}

	/** Every event followed so far, in order (a recording switch only). */
	public synchronized List<KillPoint> recorded() {
		return List.copyOf(recorded);
	}

	/** The command line's command (run, restart) starts, once the application is up: follow it. */
	synchronized void commandStarted(String command) {
		step = command + " command";
		phase = "start";
		chunks = 0;
	}

	synchronized void stepStarted(String name) {
		step = name;
		phase = "start";
		chunks = 0;
	}

	synchronized void chunkStarted() {
		chunks++;
		phase = "chunk " + chunks;
	}

	synchronized void stepEnded() {
		phase = "end";
	}

	synchronized void jobEnded() {
		step = null;
	}

	/** Called as the event happens: records it, and holds the thread forever if it is the kill point. */
	void event(String event) {
		KillPoint point;
		synchronized (this) {
			if (step == null) {
				return;
			}
			String key = step + "|" + phase + "|" + event;
			int occurrence = occurrences.merge(key, 1, Integer::sum);
			point = new KillPoint(step, phase, event, occurrence);
			if (target == null) {
				recorded.add(point);
			}
		}
		if (point.equals(target)) {
			holdUntilKilled(point);
		}
	}

	private void holdUntilKilled(KillPoint point) {
		try {
			Path written = Files.writeString(marker.resolveSibling(marker.getFileName() + ".tmp"), point.toString());
			Files.move(written, marker, StandardCopyOption.ATOMIC_MOVE);
			while (true) {
				Thread.sleep(60_000);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while held at kill point " + point, ex);
		}
	}

}
