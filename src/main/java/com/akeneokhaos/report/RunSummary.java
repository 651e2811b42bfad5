package com.akeneokhaos.report;

import java.time.Duration;

/**
 * What one job execution did, in the terms an operator asks about: how it ended, how long it took, and
 * the job's own {@link JobReport} (for a refresh: read, published, unchanged, rejected by rule...).
 */
public record RunSummary(String job, long executionId, String status, String exitCode, JobReport report,
		Duration duration, String exitMessage) {

	public boolean completed() {
		return "COMPLETED".equals(status);
	}

	/** A numeric figure of the report, e.g. {@code published}; 0 when the job does not report it. */
	public long count(String figure) {
		return (report.figures().get(figure) instanceof Number number) ? number.longValue() : 0;
	}

	public RunSummary withExitMessage(String message) {
		return new RunSummary(job, executionId, status, exitCode, report, duration, message);
	}

	/** A few lines for the console. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		String exit = exitCode.equals(status) ? "" : " (" + exitCode + ")";
		text.append("%s execution %d: %s%s in %.1f s%n".formatted(job, executionId, status, exit,
				duration.toMillis() / 1000.0));
		report.lines().forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
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
