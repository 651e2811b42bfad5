package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.outbox.OutboxEntry.ChangeType;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;

/**
 * What a publishing run did: items read, published (created or updated in Khaos), found unchanged and
 * rejected (by rule), items Khaos has not confirmed, structure changes and Khaos items retired. Counted from
 * the outbox, the audit trail and the exceptions of the execution, so a restarted run counts every attempt's
 * work once.
 */
@Component
public class PublishingTally {

	private final Outbox outbox;

	private final SyncExceptions exceptions;

	private final Ledger ledger;

	PublishingTally(Outbox outbox, SyncExceptions exceptions, Ledger ledger) {
		this.outbox = outbox;
		this.exceptions = exceptions;
		this.ledger = ledger;
	}

	public Counts count(JobExecution execution) {
		long executionId = execution.getId();
		long read = 0;
		long written = 0;
		long rejected = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			rejected += step.getSkipCount();
		}
		long published = outbox.countForExecution(executionId, ChangeType.CREATE, ChangeType.UPDATE);
		Map<String, Long> byRule = new LinkedHashMap<>(exceptions.countByRule(executionId));
		Long notConfirmed = byRule.remove(Rule.KHAOS_NOT_CONFIRMED.code());
		byRule.remove(Rule.AKENEO_WRITE_BACK_REFUSED.code()); // not a rejection: reported with the write-backs
		return new Counts(read, published, Math.max(0, written - published), rejected, byRule,
				(notConfirmed != null) ? notConfirmed : 0, ledger.countEvents(executionId, "STRUCTURE_CHANGED"),
				outbox.countForExecution(executionId, ChangeType.DISCONTINUE));
	}

	/** The counts of one execution, as figures for {@code --summary-json} and as sentences. */
	public record Counts(long read, long published, long unchanged, long rejected, Map<String, Long> byRule,
			long notConfirmed, long structureChanges, long retired) {

		public Map<String, Object> figures() {
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("read", read);
			figures.put("published", published);
			figures.put("unchanged", unchanged);
			figures.put("rejected", rejected);
			figures.put("rejectedByRule", byRule);
			figures.put("notConfirmedByKhaos", notConfirmed);
			figures.put("structureChanges", structureChanges);
			figures.put("retiredInKhaos", retired);
			return figures;
		}

		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			lines.add("read %d, published %d, unchanged %d, rejected %d".formatted(read, published, unchanged,
					rejected));
			if (!byRule.isEmpty()) {
				lines.add("rejected by rule: " + byRule.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(", ")));
			}
			if (structureChanges > 0 || retired > 0) {
				lines.add("structure changes %d, Khaos items retired %d (why: sync_ledger_history)"
					.formatted(structureChanges, retired));
			}
			if (notConfirmed > 0) {
				lines.add("Khaos has not confirmed %d delivered item(s): see rule khaos-not-confirmed"
					.formatted(notConfirmed));
			}
			return lines;
		}

	}

}
