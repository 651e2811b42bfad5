package com.akeneokhaos.support;

import java.lang.reflect.Array;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pausing DataSource names each write statement and commit as an event of the step and chunk the run is
 * in, and lets reads and everything outside a step through without an event.
 */
class PausingDataSourceTest {

	@Test
	void writesAreNamedByVerbTableAndFirstColumnSet() {
		// given
		String insert = "\n\t\tINSERT INTO khaos_outbox (stock_id, item_key) VALUES (?, ?)";
		String update = "UPDATE sync_ledger SET status = 'DISCONTINUED', last_job_execution_id = ? WHERE item_key = ?";
		String batchUpdate = "update BATCH_STEP_EXECUTION set START_TIME = ?";
		String delete = "DELETE FROM `sync_watermark` WHERE job_name = ?";
		// when / then
		assertThat(PausingDataSource.writeName(insert)).isEqualTo("INSERT INTO khaos_outbox");
		assertThat(PausingDataSource.writeName(update)).isEqualTo("UPDATE sync_ledger SET status");
		assertThat(PausingDataSource.writeName(batchUpdate)).isEqualTo("UPDATE BATCH_STEP_EXECUTION SET START_TIME");
		assertThat(PausingDataSource.writeName(delete)).isEqualTo("DELETE FROM sync_watermark");
		assertThat(PausingDataSource.writeName("SELECT * FROM sync_ledger")).isNull();
		assertThat(PausingDataSource.writeName(null)).isNull();
	}

	@Test
	void statementsAndCommitsOfAStepAreRecordedInOrder() throws Exception {
		// given
		KillSwitch killSwitch = KillSwitch.recording();
		DataSource dataSource = PausingDataSource.wrap(fake(DataSource.class), killSwitch);
		// when
		try (Connection connection = dataSource.getConnection()) {
			connection.prepareStatement("INSERT INTO sync_exception (item_key) VALUES (?)").executeUpdate();
			killSwitch.stepStarted("publish-products");
			killSwitch.chunkStarted();
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO khaos_outbox (id) VALUES (?)")) {
				insert.executeBatch();
			}
			try (Statement statement = connection.createStatement()) {
				statement.executeQuery("SELECT 1");
				statement.executeUpdate("UPDATE sync_ledger SET had_children = TRUE");
			}
			connection.commit();
			killSwitch.jobEnded();
			connection.commit();
		}
		// then
		assertThat(killSwitch.recorded()).extracting(KillPoint::toString)
			.containsExactly("publish-products|chunk 1|after INSERT INTO khaos_outbox|1",
					"publish-products|chunk 1|after UPDATE sync_ledger SET had_children|1",
					"publish-products|chunk 1|before commit|1", "publish-products|chunk 1|after commit|1");
	}

	/** An object of the interface whose methods do nothing and answer a fake of what they return, or null. */
	private static <T> T fake(Class<T> type) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			Class<?> returned = method.getReturnType();
			if (returned.isInterface() && returned.getName().startsWith("java.sql")) {
				return fake(returned);
			}
			if (returned == int.class || returned == long.class) {
				return 0;
			}
			if (returned == boolean.class) {
				return false;
			}
			return returned.isArray() ? Array.newInstance(returned.getComponentType(), 0) : null;
		}));
	}

}
