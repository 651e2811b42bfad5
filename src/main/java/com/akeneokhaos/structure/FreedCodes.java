package com.akeneokhaos.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the stock code an item gets when it is discontinued to free its own: the code with the
 * configured suffix ({@code ABC-OLD}), cut so the whole fits Khaos' 30 characters, then {@code ABC-OLD2},
 * {@code ABC-OLD3}… until one that neither the ledger nor the Khaos mirror holds in any letter case, nor
 * an item of this chunk takes, nor this chunk chose already.
 */
final class FreedCodes {

	static final int KHAOS_MAX_STOCK_CODE = 30;

	private static final int CANDIDATES = 20;

	private final JdbcClient jdbc;

	private final String suffix;

	private final Set<String> chosen = new HashSet<>();

	/** {@code reserved}: the codes the chunk's items take, never chosen either. */
	FreedCodes(JdbcClient jdbc, String suffix, Collection<String> reserved) {
		this.jdbc = jdbc;
		this.suffix = suffix;
		reserved.forEach(code -> chosen.add(key(code)));
	}

	String free(String code) {
		List<String> candidates = candidates(code);
		Set<String> taken = new HashSet<>(jdbc.sql("""
				SELECT stock_code_key FROM sync_ledger WHERE stock_code_key IN (:keys)
				UNION SELECT stock_code_key FROM khaos_mirror_item WHERE stock_code_key IN (:keys)
				""")
			.param("keys", candidates.stream().map(FreedCodes::key).toList())
			.query(String.class)
			.list());
		for (String candidate : candidates) {
			String key = key(candidate);
			if (!taken.contains(key) && chosen.add(key)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free stock code left for " + code + " with the suffix " + suffix
				+ " (tried " + candidates.get(0) + " to " + candidates.get(candidates.size() - 1) + ")");
	}

	private List<String> candidates(String code) {
		List<String> candidates = new ArrayList<>(CANDIDATES);
		for (int n = 1; n <= CANDIDATES; n++) {
			String ending = (n == 1) ? suffix : suffix + n;
			String base = code.length() + ending.length() > KHAOS_MAX_STOCK_CODE
					? code.substring(0, KHAOS_MAX_STOCK_CODE - ending.length()) : code;
			candidates.add(base + ending);
		}
		return candidates;
	}

	private static String key(String code) {
		return code.toUpperCase(Locale.ROOT);
	}

}
