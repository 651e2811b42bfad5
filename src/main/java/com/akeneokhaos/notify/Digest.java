package com.akeneokhaos.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.akeneokhaos.akeneo.AkeneoProperties;

/**
 * The merchandisers' digest: the exceptions that are new since the last digest (an item and rule that no open
 * exception of the last digest's time already showed), still open, grouped by rule; each with its SKU, the sentence
 * to act on and the product's page in Akeneo. Nothing new, no digest. Its key is the firing time, so two instances
 * firing together record one.
 */
@Component
class Digest {

	private final JdbcClient jdbc;

	private final NotificationStore store;

	private final NotifyProperties properties;

	private final AkeneoProperties akeneo;

	Digest(JdbcClient jdbc, NotificationStore store, NotifyProperties properties, AkeneoProperties akeneo) {
		this.jdbc = jdbc;
		this.store = store;
		this.properties = properties;
		this.akeneo = akeneo;
	}

	/** The digest for this firing, if there is anything new to tell. */
	Optional<Notification> compose(Instant firing) {
		long watermark = store.digestWatermark();
		long upTo = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM sync_exception").query(Long.class).single();
		List<NewException> found = jdbc.sql("""
				SELECT e.rule_code, COALESCE(e.sku, e.item_key) sku, e.akeneo_uuid, e.message FROM sync_exception e
				WHERE e.id > :watermark AND e.id <= :upTo AND e.resolved_at IS NULL
				  AND e.id = (SELECT MAX(f.id) FROM sync_exception f WHERE f.item_key = e.item_key
				    AND f.rule_code = e.rule_code AND f.id <= :upTo)
				  AND NOT EXISTS (SELECT 1 FROM sync_exception g WHERE g.item_key = e.item_key
				    AND g.rule_code = e.rule_code AND g.id <= :watermark AND g.resolved_at IS NULL)
				ORDER BY e.rule_code, sku, e.id""")
			.param("watermark", watermark)
			.param("upTo", upTo)
			.query(NewException.class)
			.list();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Notification("digest:" + firing, Notification.Kind.DIGEST,
				found.size() + " new item(s) held back from Khaos", lines(found),
				properties.link("/console/exceptions?state=open"), upTo));
	}

	private List<String> lines(List<NewException> found) {
		Map<String, List<NewException>> byRule = new LinkedHashMap<>();
		found.forEach(exception -> byRule.computeIfAbsent(exception.ruleCode(), rule -> new ArrayList<>()).add(exception));
		List<String> lines = new ArrayList<>();
		lines.add("Since the last digest, these products were held back from Khaos. Fix them in Akeneo; the next run "
				+ "sends them.");
		byRule.forEach((rule, exceptions) -> {
			lines.add("");
			lines.add(rule + " (" + exceptions.size() + ")");
			exceptions.forEach(exception -> {
				String page = akeneo.productPage(exception.akeneoUuid());
				lines.add("- " + exception.sku() + ": " + exception.message() + ((page != null) ? " " + page : ""));
			});
		});
		return lines;
	}

	/** One new exception, as the query reads it. */
	record NewException(String ruleCode, String sku, @Nullable String akeneoUuid, String message) {
	}

}
