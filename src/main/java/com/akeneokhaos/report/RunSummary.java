package com.akeneokhaos.report;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one job execution did, in the terms an operator asks about: how many items were read, published,
 * found unchanged and rejected (by rule), what changed in Khaos' structure, how long it took and how it ended.
 */
public record RunSummary(String job, long executionId, String status, String exitCode, long read, long published,
		long unchanged, long rejected, Map<String, Long> rejectedByRule, long notConfirmedByKhaos, Changes changes,
		Duration duration, String exitMessage) {

	/**
	 * Items whose place in an SCS structure changed (relinked, moved, replaced, unlinked), and Khaos items
	 * retired: discontinued because their Akeneo item is gone, they were replaced, or they are SCS parents
	 * left without children. (Disabled products count as published: the change is an update.)
	 */
	public record Changes(long structureChanges, long retired) {
	}

	public RunSummary {
		rejectedByRule = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByRule));
	}

	public boolean completed() {
		return "COMPLETED".equals(status);
	}

	public RunSummary withExitMessage(String message) {
		return new RunSummary(job, executionId, status, exitCode, read, published, unchanged, rejected, rejectedByRule,
				notConfirmedByKhaos, changes, duration, message);
	}

	/** A few lines for the console. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		String exit = exitCode.equals(status) ? "" : " (" + exitCode + ")";
		text.append("%s execution %d: %s%s in %.1f s%n".formatted(job, executionId, status, exit,
				duration.toMillis() / 1000.0));
		text.append("  read %d, published %d, unchanged %d, rejected %d%n".formatted(read, published, unchanged,
				rejected));
		if (!rejectedByRule.isEmpty()) {
			text.append("  rejected by rule: ")
				.append(rejectedByRule.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(", ")))
				.append(System.lineSeparator());
		}
		if (changes.structureChanges() > 0 || changes.retired() > 0) {
			text.append("  structure changes %d, Khaos items retired %d (why: sync_ledger_history)%n"
				.formatted(changes.structureChanges(), changes.retired()));
		}
		if (notConfirmedByKhaos > 0) {
			text.append("  Khaos has not confirmed %d delivered item(s): see rule khaos-not-confirmed%n"
				.formatted(notConfirmedByKhaos));
		}
		if (!completed() && !exitMessage.isBlank()) {
			text.append("  reason: ").append(firstLine(exitMessage)).append(System.lineSeparator());
		}
		return text.toString();
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
