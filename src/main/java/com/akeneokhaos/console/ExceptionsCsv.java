package com.akeneokhaos.console;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.admin.ExceptionRows.ExceptionView;

/**
 * The exceptions as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, quote or line break, CRLF
 * line ends), one header line, then one line per exception. A field that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe, so opening the
 * file never runs what a product value holds.
 */
final class ExceptionsCsv {

	static final String HEADER = "id,rule,state,sku,stock_code,job,execution,field,offending_value,message,"
			+ "first_seen_utc,last_seen_utc,resolved_at_utc,akeneo_link";

	private ExceptionsCsv() {
	}

	static String of(List<ExceptionsPage.Row> rows) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (ExceptionsPage.Row row : rows) {
			ExceptionView e = row.exception();
			csv.append(line(e.id(), e.rule(), e.state(), e.sku(), e.stockCode(), e.job(), e.jobExecutionId(),
					e.field(), e.offendingValue(), e.message(), e.firstSeen(), e.lastSeen(), e.resolvedAt(),
					row.akeneoLink()))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String line(@Nullable Object... fields) {
		return Stream.of(fields).map(ExceptionsCsv::field).collect(Collectors.joining(","));
	}

	static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof LocalDateTime time) ? time.withNano(0).toString() : Objects.toString(value);
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
