package com.akeneokhaos.jobs.reconcile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.jobs.reconcile.DriftStore.DriftRow;

/**
 * Writes a drift report as two files from its stored rows, streamed in one pass (memory does not grow with the
 * report): {@code reconciliation-<instance>.json} for tools, and a self-contained HTML page a merchandiser
 * can read (counts by kind, then one row per item and field, with a link to the product in Akeneo). A restart
 * writes them again from the same rows, so they come out the same.
 */
final class DriftReportFiles {

	private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}"
			+ "table{border-collapse:collapse;margin-bottom:2rem}th,td{border:1px solid #999;padding:.3rem .6rem;"
			+ "text-align:left;vertical-align:top}th{background:#e8e8e8}td.n{text-align:right}";

	private final DriftStore store;

	private final Path directory;

	private final String akeneoBaseUrl;

	DriftReportFiles(DriftStore store, Path directory, String akeneoBaseUrl) {
		this.store = store;
		this.directory = directory;
		this.akeneoBaseUrl = akeneoBaseUrl.replaceAll("/+$", "");
	}

	/** Writes both files; returns their paths (JSON, then HTML). */
	Path[] write(ReconcileRun run, Map<String, Long> counts) {
		Path json = directory.resolve("reconciliation-" + run.instanceId() + ".json");
		Path html = directory.resolve("reconciliation-" + run.instanceId() + ".html");
		try {
			Files.createDirectories(directory);
			try (OutputStream jsonOut = Files.newOutputStream(json);
					JsonGenerator generator = JsonMapper.shared().createGenerator(jsonOut);
					Writer page = new BufferedWriter(Files.newBufferedWriter(html, StandardCharsets.UTF_8))) {
				start(generator, run, counts);
				startPage(page, run, counts);
				store.forEachRow(run.instanceId(), row -> {
					item(generator, row);
					row(page, row);
				});
				generator.writeEndArray();
				generator.writeEndObject();
				page.write("</tbody></table></body></html>\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the drift report in " + directory.toAbsolutePath(), ex);
		}
		return new Path[] { json, html };
	}

	private static void start(JsonGenerator generator, ReconcileRun run, Map<String, Long> counts) {
		generator.writeStartObject();
		generator.writeStringProperty("job", ReconciliationJobConfiguration.JOB_NAME);
		generator.writeNumberProperty("jobInstanceId", run.instanceId());
		generator.writeNumberProperty("jobExecutionId", run.executionId());
		generator.writeBooleanProperty("dryRun", run.dryRun());
		generator.writeNumberProperty("total", total(counts));
		generator.writeName("counts");
		generator.writeStartObject();
		counts.forEach(generator::writeNumberProperty);
		generator.writeEndObject();
		generator.writeName("items");
		generator.writeStartArray();
	}

	private void item(JsonGenerator generator, DriftRow row) {
		generator.writeStartObject();
		generator.writeStringProperty("kind", row.kind());
		generator.writeStringProperty("sku", row.stockCode());
		generator.writeStringProperty("stockId", row.stockId());
		generator.writeStringProperty("itemKey", row.itemKey());
		generator.writeStringProperty("field", row.field());
		generator.writeStringProperty("akeneoValue", row.akeneoValue());
		generator.writeStringProperty("khaosValue", row.khaosValue());
		generator.writeStringProperty("action", row.action());
		generator.writeStringProperty("detail", row.detail());
		generator.writeStringProperty("akeneoLink", link(row));
		generator.writeEndObject();
	}

	private static void startPage(Writer page, ReconcileRun run, Map<String, Long> counts) throws IOException {
		String title = "Reconciliation drift report " + run.instanceId() + (run.dryRun() ? " (dry run)" : "");
		page.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title><style>"
				+ STYLE + "</style></head><body>\n<h1>" + title + "</h1>\n<p>Execution " + run.executionId() + ": "
				+ total(counts) + " difference(s) between Akeneo and Khaos Control"
				+ (run.dryRun() ? "; a dry run changes nothing" : "") + ".</p>\n");
		page.write("<h2>By kind</h2>\n<table id=\"counts\"><thead><tr><th>kind</th><th>count</th></tr></thead><tbody>\n");
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			page.write("<tr><td>" + count.getKey() + "</td><td class=\"n\">" + count.getValue() + "</td></tr>\n");
		}
		page.write("</tbody></table>\n<h2>Items</h2>\n<table id=\"items\"><thead><tr><th>kind</th><th>SKU</th>"
				+ "<th>field</th><th>Akeneo value</th><th>Khaos value</th><th>action</th><th>why</th><th>Akeneo</th>"
				+ "</tr></thead><tbody>\n");
	}

	private void row(Writer page, DriftRow row) {
		String link = link(row);
		try {
			page.write("<tr><td>" + text(row.kind()) + "</td><td>" + text(row.stockCode()) + "</td><td>"
					+ text(row.field()) + "</td><td>" + text(row.akeneoValue()) + "</td><td>" + text(row.khaosValue())
					+ "</td><td>" + text(row.action()) + "</td><td>" + text(row.detail()) + "</td><td>"
					+ ((link == null) ? "" : "<a href=\"" + text(link) + "\">open in Akeneo</a>") + "</td></tr>\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private @Nullable String link(DriftRow row) {
		return (row.akeneoUuid() == null) ? null : akeneoBaseUrl + "/#/enrich/product/" + row.akeneoUuid();
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
