package com.akeneokhaos.launch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;

import com.akeneokhaos.report.RunSummary;

/**
 * Why an execution did not complete, in one line an operator can act on. The stored exit message is the
 * outermost exception's stack trace, cut to the column's length, so its first line is a wrapper such as
 * "Unable to process chunk" and the cause (skip limit, Akeneo unavailable) is often cut off entirely;
 * the execution the CLI just ran still holds the whole exception chain.
 */
final class FailureReason {

	private FailureReason() {
	}

	/** The summary with the first failure's cause chain as the first line of its exit message. */
	static RunSummary explain(RunSummary summary, JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (summary.completed() || failures.isEmpty()) {
			return summary;
		}
		String exitMessage = of(failures.get(0)) + System.lineSeparator() + summary.exitMessage();
		return summary.withExitMessage(exitMessage);
	}

	/** The messages of an exception and its causes, outermost first, each once, on one line. */
	static String of(Throwable failure) {
		List<String> messages = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
			String message = message(current);
			if (!messages.contains(message)) {
				messages.add(message);
			}
		}
		return String.join(": ", messages).replaceAll("\\s*\\R\\s*", " ");
	}

	private static String message(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()
				|| (failure.getCause() != null && message.equals(failure.getCause().toString()))) {
			return failure.getClass().getSimpleName();
		}
		return message;
	}

}
