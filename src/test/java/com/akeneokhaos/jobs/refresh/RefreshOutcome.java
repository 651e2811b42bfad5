package com.akeneokhaos.jobs.refresh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.akeneokhaos.outbox.OutboxPages;
import com.akeneokhaos.outbox.OutboxRow;
import com.akeneokhaos.outbox.ProvidedStockPage;

/**
 * Everything a refresh leaves that must not depend on whether it was killed and restarted on the way, one
 * line per row, without ids, times or execution ids:
 * <ul>
 * <li>{@code served}: what KCC receives, the outbox as ProvidedStock serves it ({@link OutboxPages}: merged
 * per StockID, parents before children), page after page until it is empty;</li>
 * <li>{@code outbox}: every outbox entry in the order it was appended (so none is there twice);</li>
 * <li>{@code ledger}: each item's kind, StockID, stock code, status, payload hash, parent, and whether the
 * last job instance saw it (what the next run retires);</li>
 * <li>{@code exceptions}: item, rule, field, value, open or resolved;</li>
 * <li>{@code history}: the audit trail's events, as a sorted list.</li>
 * </ul>
 * Reading {@code served} acknowledges the pages it reads: read the outcome last.
 */
record RefreshOutcome(List<String> served, List<String> outbox, List<String> ledger, List<String> exceptions,
		List<String> history) {

	private static final int PAGE_SIZE = 100_000;

	/** Reads the outcome from a running application on the database to read. */
	static RefreshOutcome read(ApplicationContext application) {
		JdbcClient jdbc = application.getBean(JdbcClient.class);
		List<String> outbox = jdbc.sql("""
				SELECT CONCAT_WS(' | ', stock_id, item_key, IFNULL(stock_code, '-'), change_type, delivery_rank, payload,
				  IFNULL(relationship, '-'), payload_hash) FROM khaos_outbox ORDER BY id""").query(String.class).list();
		List<String> ledger = jdbc.sql("""
				SELECT CONCAT_WS(' | ', item_key, kind, khaos_stock_id, IFNULL(khaos_stock_code, '-'), status,
				  IFNULL(payload_hash, '-'), IFNULL(sku, '-'), IFNULL(parent_code, '-'), IFNULL(parent_stock_id, '-'),
				  IF(had_children, 'had children', 'no children'),
				  IF(first_published_at IS NULL, 'never published', 'published'),
				  IF(confirmed_at IS NULL, 'unconfirmed', 'confirmed'),
				  IF(last_job_execution_id IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID =
				    (SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE)), 'seen by the last run', 'not seen'))
				FROM sync_ledger ORDER BY item_key""").query(String.class).list();
		List<String> exceptions = jdbc.sql("""
				SELECT CONCAT_WS(' | ', item_key, rule_code, IFNULL(khaos_field, '-'), IFNULL(offending_value, '-'),
				  IF(resolved_at IS NULL, 'open', 'resolved')) line FROM sync_exception ORDER BY line""")
			.query(String.class)
			.list();
		List<String> history = jdbc.sql("""
				SELECT CONCAT_WS(' | ', item_key, event, detail) line FROM sync_ledger_history ORDER BY line""")
			.query(String.class)
			.list();
		return new RefreshOutcome(served(application.getBean(OutboxPages.class)), outbox, ledger, exceptions, history);
	}

	private static List<String> served(OutboxPages pages) {
		List<String> served = new ArrayList<>();
		String continuation = null;
		for (int page = 0; page < 100; page++) {
			ProvidedStockPage next = pages.next(continuation, PAGE_SIZE);
			if (next.rows().isEmpty()) {
				return served;
			}
			for (OutboxRow row : next.rows()) {
				served.add(String.join(" | ", row.stockId(), Integer.toString(row.deliveryRank()), row.payload(),
						(row.relationship() != null) ? row.relationship() : "-"));
			}
			continuation = next.token();
		}
		throw new IllegalStateException("the outbox still serves pages after 100 of them");
	}

	/** What differs from {@code expected}, part by part (the first few lines of each), empty when equal. */
	List<String> differencesFrom(RefreshOutcome expected) {
		Map<String, List<String>[]> parts = new LinkedHashMap<>();
		parts.put("served to KCC", pair(expected.served, served));
		parts.put("outbox entries", pair(expected.outbox, outbox));
		parts.put("ledger", pair(expected.ledger, ledger));
		parts.put("exceptions", pair(expected.exceptions, exceptions));
		parts.put("ledger history", pair(expected.history, history));
		List<String> differences = new ArrayList<>();
		parts.forEach((name, lines) -> {
			if (!lines[0].equals(lines[1])) {
				differences.add(difference(name, lines[0], lines[1]));
			}
		});
		return differences;
	}

	private static String difference(String part, List<String> expected, List<String> actual) {
		List<String> missing = new ArrayList<>(expected);
		actual.forEach(missing::remove);
		List<String> extra = new ArrayList<>(actual);
		expected.forEach(extra::remove);
		String order = (missing.isEmpty() && extra.isEmpty()) ? " (same lines, other order)" : "";
		return "%s: %d lines, expected %d%s; missing %s; unexpected %s".formatted(part, actual.size(),
				expected.size(), order, firstFew(missing), firstFew(extra));
	}

	private static String firstFew(List<String> lines) {
		List<String> shown = lines.stream()
			.limit(3)
			.map(line -> (line.length() > 300) ? line.substring(0, 300) + "…" : line)
			.toList();
		return (lines.size() > 3) ? shown + " and " + (lines.size() - 3) + " more" : shown.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<String>[] pair(List<String> expected, List<String> actual) {
		return new List[] { expected, actual };
	}

}
