package com.akeneokhaos.notify;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.akeneokhaos.launch.RunFinished;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.report.RunSummaries;

/**
 * What a finished run tells people, whatever started it (scheduler, CLI, API, console): that it FAILED or was
 * STOPPED (the mass-retirement guard's refusal named as such), with why and how to restart it; that it took longer
 * than {@code sync.notify.long-run}; that Khaos has not confirmed items past the grace period (the run's new
 * {@code khaos-not-confirmed} exceptions); that a reconciliation found more drift than {@code drift-threshold}. A
 * run that completes after a restart tells nothing more. Whatever goes wrong here is logged and never reaches the
 * job.
 */
@Component
class RunNotifications {

	static final String RESTART = "java -jar akeneo-khaos-sync.jar restart ";

	private static final Logger log = LoggerFactory.getLogger(RunNotifications.class);

	private static final String MASS_RETIREMENT = "Refusing to discontinue";

	private final NotifyProperties properties;

	private final Notifier notifier;

	private final RunSummaries summaries;

	private final JdbcClient jdbc;

	RunNotifications(NotifyProperties properties, Notifier notifier, RunSummaries summaries, JdbcClient jdbc) {
		this.properties = properties;
		this.notifier = notifier;
		this.summaries = summaries;
		this.jdbc = jdbc;
	}

	@EventListener
	void finished(RunFinished finished) {
		if (!properties.anyChannel()) {
			return;
		}
		JobExecution execution = finished.execution();
		try {
			ended(execution).ifPresent(notifier::notify);
			tooLong(execution).ifPresent(notifier::notify);
			unconfirmed(execution).ifPresent(notifier::notify);
			drift(execution).ifPresent(notifier::notify);
		}
		catch (RuntimeException ex) {
			log.warn("Could not work out what {} tells people: {}", name(execution), ex.toString());
		}
	}

	private Optional<Notification> ended(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			return Optional.empty();
		}
		String why = execution.getExitStatus().getExitDescription();
		boolean guard = why != null && why.contains(MASS_RETIREMENT);
		Notification.Kind kind = guard ? Notification.Kind.MASS_RETIREMENT
				: (status == BatchStatus.FAILED) ? Notification.Kind.RUN_FAILED : Notification.Kind.RUN_STOPPED;
		String subject = guard ? name(execution) + " refused to discontinue most of Khaos"
				: name(execution) + " " + status;
		List<String> lines = new ArrayList<>();
		lines.add(name(execution) + " (job instance " + execution.getJobInstance().getInstanceId() + ") ended " + status
				+ ".");
		if (why != null && !why.isBlank()) {
			lines.add("Why: " + firstLine(why));
		}
		lines.add("Restart it from its last committed chunk, once the cause is fixed: " + RESTART + execution.getId()
				+ " (or POST /api/executions/" + execution.getId() + "/restart, or Restart in the console).");
		return Optional.of(new Notification(kind.name().toLowerCase().replace('_', '-') + ":" + execution.getId(), kind,
				subject, lines, properties.link("/console/executions/" + execution.getId()), null));
	}

	private Optional<Notification> tooLong(JobExecution execution) {
		Duration limit = properties.longRun();
		LocalDateTime start = execution.getStartTime();
		if (limit.isZero() || start == null) {
			return Optional.empty();
		}
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
		Duration took = Duration.between(start, end);
		if (took.compareTo(limit) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new Notification("run-long:" + execution.getId(), Notification.Kind.RUN_LONG,
				name(execution) + " took " + minutes(took),
				List.of(name(execution) + " ran for " + minutes(took) + ", longer than the " + minutes(limit)
						+ " set in sync.notify.long-run; it ended " + execution.getStatus() + "."),
				properties.link("/console/executions/" + execution.getId()), null));
	}

	private Optional<Notification> unconfirmed(JobExecution execution) {
		List<String> items = jdbc.sql("""
				SELECT COALESCE(e.sku, e.item_key), e.message FROM sync_exception e
				WHERE e.job_execution_id = ? AND e.rule_code = ? AND NOT EXISTS (SELECT 1 FROM sync_exception f
				  WHERE f.item_key = e.item_key AND f.rule_code = e.rule_code AND f.id < e.id AND f.resolved_at IS NULL)
				ORDER BY e.id""")
			.params(execution.getId(), Rule.KHAOS_NOT_CONFIRMED.code())
			.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
			.list();
		if (items.isEmpty()) {
			return Optional.empty();
		}
		List<String> lines = new ArrayList<>();
		lines.add(items.size() + " item(s) published to Khaos are not confirmed by Khaos past the grace period; "
				+ "orders naming them may fail:");
		items.forEach(item -> lines.add("- " + item));
		return Optional.of(new Notification("khaos-unconfirmed:" + execution.getId(),
				Notification.Kind.KHAOS_UNCONFIRMED, items.size() + " item(s) not confirmed by Khaos", lines,
				properties.link("/console/confirmations"), null));
	}

	private Optional<Notification> drift(JobExecution execution) {
		if (!execution.getJobInstance().getJobName().equals("reconciliation")
				|| execution.getStatus() != BatchStatus.COMPLETED) {
			return Optional.empty();
		}
		long drift = summaries.of(execution.getId()).count("drift");
		if (drift <= properties.driftThreshold()) {
			return Optional.empty();
		}
		long instance = execution.getJobInstance().getInstanceId();
		return Optional.of(new Notification("drift:" + execution.getId(), Notification.Kind.DRIFT,
				"reconciliation found " + drift + " differences between Akeneo and Khaos",
				List.of("Reconciliation execution " + execution.getId() + " found " + drift
						+ " drift rows, more than the " + properties.driftThreshold()
						+ " set in sync.notify.drift-threshold.", "Its report lists each one and what the run did."),
				properties.link("/console/drift/" + instance), null));
	}

	private static String name(JobExecution execution) {
		return execution.getJobInstance().getJobName() + " execution " + execution.getId();
	}

	/** The exit description's first line (Batch adds the stack trace after it), at most 500 characters. */
	private static String firstLine(@Nullable String text) {
		String line = (text == null) ? "" : text.strip().lines().findFirst().orElse("");
		return (line.length() > 500) ? line.substring(0, 499) + "…" : line;
	}

	private static String minutes(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes >= 60) ? (minutes / 60) + " h " + (minutes % 60) + " min"
				: (minutes > 0) ? minutes + " min" : duration.toSeconds() + " s";
	}

}
