package com.akeneokhaos.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies a test database, schema and rows, into a new one on the same server: each table as
 * {@code SHOW CREATE TABLE} gives it (keys, foreign keys and {@code AUTO_INCREMENT} counters included), then
 * its rows. Lets many runs start from one prepared state without preparing it again.
 */
public final class DatabaseCopy {

	private DatabaseCopy() {
	}

	/** A new database holding what {@code source} holds now. */
	public static TestDatabase.Coordinates of(TestDatabase.Coordinates source, String purpose) {
		TestDatabase.Coordinates copy = TestDatabase.newDatabase(purpose);
		try (Connection from = connect(source); Connection to = connect(copy);
				Statement statement = to.createStatement()) {
			String sourceName = from.getCatalog();
			statement.execute("SET FOREIGN_KEY_CHECKS = 0");
			for (Map.Entry<String, String> table : tables(from).entrySet()) {
				statement.execute(table.getValue());
				statement.execute("INSERT INTO `%s` SELECT * FROM `%s`.`%s`".formatted(table.getKey(), sourceName,
						table.getKey()));
			}
			statement.execute("SET FOREIGN_KEY_CHECKS = 1");
			return copy;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not copy the test database: " + ex.getMessage(), ex);
		}
	}

	/** Table name → its CREATE TABLE statement, in name order. */
	private static Map<String, String> tables(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		Map<String, String> tables = new TreeMap<>();
		for (String name : names) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SHOW CREATE TABLE `" + name + "`")) {
				rows.next();
				tables.put(name, rows.getString(2));
			}
		}
		return tables;
	}

	private static Connection connect(TestDatabase.Coordinates db) throws SQLException {
		return DriverManager.getConnection(db.url(), db.username(), db.password());
	}

}
