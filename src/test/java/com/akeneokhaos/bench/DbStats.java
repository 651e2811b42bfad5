package com.akeneokhaos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.akeneokhaos.support.TestDatabase;

/**
 * What the database server did during a run, read from the server itself: global status counters
 * (statements by kind, InnoDB rows inserted/updated/read; the benchmark is the server's only client),
 * rows per table of this run's database, rows changed per table when the server keeps table statistics
 * (MariaDB {@code userstat}), and the server process's CPU time when it runs on this machine outside a
 * container (embedded MariaDB). All of it is best effort: a counter the server does not have is left out.
 */
final class DbStats {

	static final List<String> TABLES = List.of("sync_ledger", "sync_ledger_history", "khaos_outbox", "sync_exception",
			"BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT",
			"BATCH_JOB_EXECUTION_CONTEXT", "khaos_mirror_item", "sync_drift_item");

	private static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
			"Com_delete", "Com_commit", "Com_rollback", "Innodb_rows_inserted", "Innodb_rows_updated",
			"Innodb_rows_deleted", "Innodb_rows_read", "Handler_write", "Handler_update", "Handler_delete",
			"Innodb_data_fsyncs", "Innodb_os_log_written");

	private final TestDatabase.Coordinates db;

	private final String schema;

	private final boolean tableStatistics;

	private final long serverPid;

	DbStats(TestDatabase.Coordinates db) {
		this.db = db;
		this.schema = schemaOf(db.url());
		this.tableStatistics = enableTableStatistics();
		this.serverPid = findServerPid();
	}

	Snapshot snapshot() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			Map<String, Long> status = new LinkedHashMap<>();
			try (ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS")) {
				while (rows.next()) {
					if (COUNTERS.contains(rows.getString(1))) {
						status.put(rows.getString(1), parse(rows.getString(2)));
					}
				}
			}
			Map<String, Long> tableRows = new LinkedHashMap<>();
			for (String table : TABLES) {
				try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM `" + schema + "`." + table)) {
					rows.next();
					tableRows.put(table, rows.getLong(1));
				}
				catch (SQLException ex) {
					// table not there yet (before the first start) or named differently
				}
			}
			Map<String, Long> changed = new TreeMap<>();
			if (tableStatistics) {
				try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, ROWS_CHANGED FROM "
						+ "information_schema.TABLE_STATISTICS WHERE TABLE_SCHEMA = '" + schema + "'")) {
					while (rows.next()) {
						changed.put(rows.getString(1), rows.getLong(2));
					}
				}
			}
			return new Snapshot(status, tableRows, changed, serverCpu().orElse(null));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read database statistics: " + ex.getMessage(), ex);
		}
	}

	/** Rows the job execution put in the outbox, or -1 when they cannot be counted. */
	long outboxRows(long jobExecutionId) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
				"SELECT COUNT(*) FROM `" + schema + "`.khaos_outbox WHERE job_execution_id = ?")) {
			statement.setLong(1, jobExecutionId);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	/**
	 * Distinct items per drift kind among the {@code sync_drift_item} rows of the job execution (an item rejected
	 * by two rules has two rows), in kind order; empty when they cannot be counted.
	 */
	Map<String, Long> driftItemsByKind(long jobExecutionId) {
		Map<String, Long> items = new TreeMap<>();
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
				"SELECT kind, COUNT(DISTINCT COALESCE(item_key, stock_id)) FROM `" + schema
						+ "`.sync_drift_item WHERE job_execution_id = ? GROUP BY kind")) {
			statement.setLong(1, jobExecutionId);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					items.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		catch (SQLException ex) {
			// left empty: the figures are best effort
		}
		return items;
	}

	/** Seconds each step of the job execution took (Batch repository start and end times), in step order. */
	Map<String, Double> stepSeconds(long jobExecutionId) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
				"SELECT STEP_NAME, TIMESTAMPDIFF(MICROSECOND, START_TIME, END_TIME) FROM `" + schema
						+ "`.BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID")) {
			statement.setLong(1, jobExecutionId);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					seconds.put(rows.getString(1), Math.round(rows.getLong(2) / 1000.0) / 1000.0);
				}
			}
		}
		catch (SQLException ex) {
			// left empty: the figures are best effort
		}
		return seconds;
	}

	void drop() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE `" + schema + "`");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop " + schema + ": " + ex.getMessage());
		}
	}

	private boolean enableTableStatistics() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("SET GLOBAL userstat = 1");
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(db.url(), db.username(), db.password());
	}

	/**
	 * CPU time (user + system) of the database server process when it runs on this machine outside a
	 * container (embedded MariaDB): its pid comes from the server's pid file, its time from /proc.
	 */
	private Optional<Duration> serverCpu() {
		if (serverPid == 0) {
			return Optional.empty();
		}
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(serverPid), "stat"));
			// fields after the parenthesised command: state is field 3, utime 14 and stime 15
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return Optional.of(Duration.ofMillis(ticks * 10)); // USER_HZ is 100 on Linux
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private long findServerPid() {
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT @@pid_file")) {
			rows.next();
			long pid = Long.parseLong(Files.readString(Path.of(rows.getString(1))).strip());
			String command = Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).strip();
			return (command.startsWith("mysqld") || command.startsWith("mariadbd")) ? pid : 0;
		}
		catch (SQLException | IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static long parse(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String schemaOf(String url) {
		String rest = url.substring(url.indexOf("//") + 2);
		rest = rest.substring(rest.indexOf('/') + 1);
		int query = rest.indexOf('?');
		return (query < 0) ? rest : rest.substring(0, query);
	}

	/** Counters at one moment. */
	record Snapshot(Map<String, Long> status, Map<String, Long> tableRows, Map<String, Long> rowsChanged,
			Duration serverCpu) {

		/** What happened between {@code before} and this snapshot. */
		Delta since(Snapshot before) {
			return new Delta(diff(status, before.status), diff(tableRows, before.tableRows),
					diff(rowsChanged, before.rowsChanged),
					(serverCpu != null && before.serverCpu != null) ? serverCpu.minus(before.serverCpu) : null);
		}

		private static Map<String, Long> diff(Map<String, Long> now, Map<String, Long> then) {
			Map<String, Long> delta = new LinkedHashMap<>();
			now.forEach((key, value) -> delta.put(key, value - then.getOrDefault(key, 0L)));
			return delta;
		}

	}

	/** Differences of {@link Snapshot}s. */
	record Delta(Map<String, Long> status, Map<String, Long> tableRows, Map<String, Long> rowsChanged,
			Duration serverCpu) {

		/**
		 * Rows inserted, updated or deleted: from the per-table statistics when the server keeps them (MariaDB),
		 * else from InnoDB's row counters (MySQL), else from the handler counters (temporary tables included).
		 */
		long rowsWritten() {
			if (!rowsChanged.isEmpty()) {
				return rowsChanged.values().stream().mapToLong(Long::longValue).sum();
			}
			if (status.containsKey("Innodb_rows_inserted")) {
				return status.get("Innodb_rows_inserted") + status.getOrDefault("Innodb_rows_updated", 0L)
						+ status.getOrDefault("Innodb_rows_deleted", 0L);
			}
			return status.getOrDefault("Handler_write", 0L) + status.getOrDefault("Handler_update", 0L)
					+ status.getOrDefault("Handler_delete", 0L);
		}

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("rowsWritten", rowsWritten());
			map.put("status", status);
			map.put("tableRowsAdded", tableRows);
			if (!rowsChanged.isEmpty()) {
				Map<String, Long> nonZero = new TreeMap<>();
				rowsChanged.forEach((table, n) -> {
					if (n != 0) {
						nonZero.put(table, n);
					}
				});
				map.put("rowsChangedByTable", nonZero);
			}
			if (serverCpu != null) {
				map.put("dbServerCpuSeconds", serverCpu.toMillis() / 1000.0);
			}
			return map;
		}

	}

}
