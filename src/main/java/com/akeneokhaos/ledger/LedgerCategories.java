package com.akeneokhaos.ledger;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Akeneo categories each ledger item was last seen in. Akeneo removes a deleted category from its
 * products without changing their {@code updated} date, so only this record can say which items a deleted
 * category held. Kept current for unchanged items too, one batch per chunk and only for items whose
 * categories changed. Reached through {@link Ledger#categories()}.
 */
public class LedgerCategories {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	LedgerCategories(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The stored form: the sorted codes between commas ({@code ,a,b,}), empty for none. */
	public static String text(Collection<String> categories) {
		return categories.isEmpty() ? ""
				: categories.stream().sorted().distinct().collect(Collectors.joining(",", ",", ","));
	}

	/** Whether the ledger's record of an item's categories differs from the categories it has now. */
	public static boolean changed(LedgerEntry entry, LedgerItem item) {
		return !text(item.categories()).equals(entry.categories());
	}

	/** Records the current categories of items the ledger already holds (one JDBC batch). */
	public void record(List<? extends LedgerItem> items) {
		if (items.isEmpty()) {
			return;
		}
		batch.getJdbcOperations()
			.batchUpdate("UPDATE sync_ledger SET categories = ? WHERE item_key = ?",
					items.stream().map(item -> new Object[] { text(item.categories()), item.itemKey() }).toList());
	}

	/** The live items last seen in any of these categories, in key order. */
	public List<LedgerEntry> itemsIn(Collection<String> categoryCodes) {
		if (categoryCodes.isEmpty()) {
			return List.of();
		}
		String anyOf = categoryCodes.stream()
			.map(code -> "categories LIKE CONCAT('%,', ?, ',%')")
			.collect(Collectors.joining(" OR ", "(", ")"));
		return jdbc.sql("SELECT " + Ledger.COLUMNS + " FROM sync_ledger WHERE status <> 'DISCONTINUED' AND " + anyOf
				+ " ORDER BY item_key")
			.params(List.copyOf(categoryCodes).stream().map(LedgerCategories::likeEscaped).toList())
			.query(LedgerRows::entry)
			.list();
	}

	/** The families of the live SCS parents: whose family variants a run must watch. */
	public List<String> modelFamilies() {
		return jdbc.sql("SELECT DISTINCT family FROM sync_ledger WHERE kind = 'MODEL' AND status <> 'DISCONTINUED' "
				+ "AND family IS NOT NULL ORDER BY family")
			.query(String.class)
			.list();
	}

	private static String likeEscaped(String code) {
		return code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
