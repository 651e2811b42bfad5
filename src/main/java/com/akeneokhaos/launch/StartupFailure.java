package com.akeneokhaos.launch;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.validation.ObjectError;

import com.akeneokhaos.catalogue.mapping.MappingException;

/**
 * Tells in one or two lines why the process could not start (or could not reach what a command needs):
 * which setting is wrong and what to set, instead of a stack trace. The trace is logged at DEBUG
 * ({@code --logging.level.com.akeneokhaos=DEBUG}). The process then exits with {@link #EXIT_CODE}, distinct
 * from a job that ran and failed.
 */
public final class StartupFailure {

	/** Exit code of a process that could not start: a setting is wrong or a system it needs is unreachable. */
	public static final int EXIT_CODE = 3;

	private static final Logger log = LoggerFactory.getLogger(StartupFailure.class);

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:(?:mysql|mariadb)://([^/?]+)/?([^?]*)");

	private static final String DEBUG_HINT = "(details: --logging.level.com.akeneokhaos=DEBUG)";

	private StartupFailure() {
	}

	/** Prints why, logs the stack trace at DEBUG, and returns {@link #EXIT_CODE}. */
	public static int report(Throwable failure, Map<String, String> environment, PrintStream err) {
		log.debug("The application could not start", failure);
		explain(failure, environment).forEach(err::println);
		return EXIT_CODE;
	}

	static List<String> explain(Throwable failure, Map<String, String> environment) {
		String why = configuration(failure);
		if (why != null) {
			return List.of(why);
		}
		SQLException sql = find(failure, SQLException.class);
		if (sql != null) {
			return database(sql, environment.getOrDefault("SYNC_DB_URL", ""));
		}
		return List.of("error: could not start: " + firstLine(rootCause(failure).getMessage()) + " " + DEBUG_HINT);
	}

	private static @Nullable String configuration(Throwable failure) {
		MappingException mapping = find(failure, MappingException.class);
		if (mapping != null) {
			return "error: " + firstLine(mapping.getMessage());
		}
		BindValidationException invalid = find(failure, BindValidationException.class);
		if (invalid != null) {
			List<String> reasons = invalid.getValidationErrors()
				.getAllErrors()
				.stream()
				.map(ObjectError::getDefaultMessage)
				.toList();
			return "error: invalid setting: " + String.join("; ", reasons);
		}
		BindException binding = find(failure, BindException.class);
		if (binding != null) {
			return "error: invalid setting " + binding.getProperty().getName() + "=" + binding.getProperty().getValue()
					+ ": " + firstLine(rootCause(binding).getMessage());
		}
		return null;
	}

	private static List<String> database(SQLException sql, String url) {
		Matcher where = JDBC_URL.matcher(url);
		String server = where.find() ? where.group(1) : "(spring.datasource.url)";
		String database = where.find(0) ? where.group(2) : "";
		List<String> lines = new ArrayList<>();
		if ("28000".equals(sql.getSQLState()) || sql.getErrorCode() == 1045) {
			lines.add("error: the database at " + server + " refused the user name or password");
			lines.add("set SYNC_DB_USERNAME and SYNC_DB_PASSWORD to an account of that database");
		}
		else if (sql.getErrorCode() == 1049) {
			lines.add("error: the database server at " + server + " has no database '" + database + "'");
			lines.add("create it, or correct the database name in SYNC_DB_URL");
		}
		else if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
			lines.add("error: cannot reach the database at " + server + " (" + firstLine(sql.getMessage()) + ")");
			lines.add("start it, or set SYNC_DB_URL to where it runs (jdbc:mysql://HOST:PORT/DATABASE)");
		}
		else {
			lines.add("error: the database at " + server + " failed: " + firstLine(sql.getMessage()) + " "
					+ DEBUG_HINT);
		}
		return lines;
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static String firstLine(@Nullable String message) {
		if (message == null || message.isBlank()) {
			return "no reason given";
		}
		int end = message.indexOf('\n');
		return ((end < 0) ? message : message.substring(0, end)).strip();
	}

}
