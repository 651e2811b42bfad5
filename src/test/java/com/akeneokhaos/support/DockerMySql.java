package com.akeneokhaos.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/** MySQL 8.4 in a container, for machines with a Docker engine. */
final class DockerMySql implements TestDatabase.DatabaseServer {

	private final MySQLContainer container;

	private DockerMySql(MySQLContainer container) {
		this.container = container;
	}

	static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static DockerMySql start() {
		MySQLContainer container = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
		container.start();
		return new DockerMySql(container);
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:mysql://%s:%d/%s%s".formatted(container.getHost(), container.getMappedPort(3306), database,
				EmbeddedMariaDb.URL_OPTIONS);
	}

	@Override
	public String username() {
		return "root";
	}

	@Override
	public String password() {
		return "test";
	}

	@Override
	public String description() {
		return "MySQL 8.4 (Testcontainers)";
	}

}
