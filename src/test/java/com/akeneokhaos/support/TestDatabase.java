package com.akeneokhaos.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one MySQL-family server of this test JVM: MySQL 8.4 in Testcontainers when a Docker engine is
 * reachable, otherwise an embedded MariaDB. Each caller gets a database of its own on that server, so
 * test classes never see each other's rows.
 */
public final class TestDatabase {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static volatile DatabaseServer server;

	private TestDatabase() {
	}

	/** A new, empty database; the returned coordinates are ready for a DataSource. */
	public static Coordinates newDatabase(String purpose) {
		DatabaseServer current = server();
		String name = "t%d_%s".formatted(DATABASES.incrementAndGet(), purpose.replaceAll("[^A-Za-z0-9]", "_"))
			.toLowerCase();
		name = name.substring(0, Math.min(name.length(), 60));
		execute(current, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		return new Coordinates(current.jdbcUrl(name), current.username(), current.password());
	}

	public static String serverDescription() {
		return server().description();
	}

	private static DatabaseServer server() {
		if (server == null) {
			synchronized (TestDatabase.class) {
				if (server == null) {
					server = DockerMySql.isDockerAvailable() ? DockerMySql.start() : EmbeddedMariaDb.start();
				}
			}
		}
		return server;
	}

	private static void execute(DatabaseServer db, String sql) {
		try (Connection connection = DriverManager.getConnection(db.jdbcUrl(""), db.username(), db.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the test database: " + ex.getMessage(), ex);
		}
	}

	/** Where a test database lives. */
	public record Coordinates(String url, String username, String password) {
	}

	interface DatabaseServer {

		String jdbcUrl(String database);

		String username();

		String password();

		String description();

	}

}
