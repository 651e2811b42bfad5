package com.akeneokhaos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.support.TestDatabase;

/**
 * Prepares the benchmark's reconciliation straight in the database, as one Khaos Control Cloud poll would have
 * left it: every item the outbox holds (its last payload per StockID) is copied into the Khaos mirror
 * ({@code khaos_mirror_item}, with an upper-cased code key, a SHA-256 of the payload text and {@code received_at}
 * now), and the published ledger rows Khaos now holds are set to {@code CONFIRMED} (no history rows, unlike the
 * application's StockUpload). Then drift is planted: 1 % of the mirror items (at least one), spread evenly over
 * the StockID order, get a new {@code ShortDescription}, as if a Khaos user had typed over it; Akeneo owns that
 * field, so the reconciliation should report each as {@code field-differs} and correct it.
 */
final class KccPollStandIn {

	static final double DRIFT_SHARE = 0.01;

	static final String DRIFT_FIELD = "ShortDescription";

	private static final String COPY_OUTBOX = """
			INSERT INTO khaos_mirror_item (stock_id, stock_code, stock_code_key, payload, payload_hash, deleted,
			  received_at)
			SELECT o.stock_id, o.stock_code, UPPER(o.stock_code), o.payload, SHA2(o.payload, 256), FALSE, NOW(6)
			FROM khaos_outbox o
			WHERE o.id = (SELECT MAX(last.id) FROM khaos_outbox last WHERE last.stock_id = o.stock_id)""";

	private static final String CONFIRM_LEDGER = """
			UPDATE sync_ledger l SET l.status = 'CONFIRMED', l.confirmed_at = NOW(6), l.updated_at = NOW(6)
			WHERE l.status = 'PUBLISHED'
			  AND EXISTS (SELECT 1 FROM khaos_mirror_item m WHERE m.stock_id = l.khaos_stock_id AND NOT m.deleted)""";

	private static final JsonMapper JSON = JsonMapper.shared();

	private KccPollStandIn() {
	}

	/** Fills the mirror, confirms the ledger and plants the drift; prints and returns what it did. */
	static MirrorSetup prepare(TestDatabase.Coordinates db, int expectedRejected) {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
			long start = System.nanoTime();
			long mirrorRows = update(connection, COPY_OUTBOX);
			long confirmed = update(connection, CONFIRM_LEDGER);
			double fillSeconds = secondsSince(start);
			start = System.nanoTime();
			int planted = plantDrift(connection).size();
			MirrorSetup setup = new MirrorSetup(mirrorRows, confirmed, planted, expectedRejected, fillSeconds,
					secondsSince(start));
			System.out.printf("-- stand-in KCC poll: %,d mirror items, %,d ledger rows confirmed in %.2f s; "
					+ "%s changed in %,d of them in %.2f s%n", mirrorRows, confirmed, fillSeconds, DRIFT_FIELD, planted,
					setup.plantSeconds());
			return setup;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not fill the Khaos mirror: " + ex.getMessage(), ex);
		}
	}

	/** Changes {@link #DRIFT_FIELD} in 1 % of the live mirror items; returns their StockIDs. */
	private static List<String> plantDrift(Connection connection) throws SQLException {
		List<String> chosen = spreadEvenly(liveStockIds(connection));
		try (PreparedStatement read = connection.prepareStatement(
				"SELECT payload FROM khaos_mirror_item WHERE stock_id = ?");
				PreparedStatement write = connection.prepareStatement(
						"UPDATE khaos_mirror_item SET payload = ?, payload_hash = SHA2(?, 256) WHERE stock_id = ?")) {
			for (int i = 0; i < chosen.size(); i++) {
				String payload = typedOver(payload(read, chosen.get(i)), "Changed in Khaos " + (i + 1));
				write.setString(1, payload);
				write.setString(2, payload);
				write.setString(3, chosen.get(i));
				write.addBatch();
			}
			write.executeBatch();
		}
		return chosen;
	}

	private static List<String> liveStockIds(Connection connection) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
				"SELECT stock_id FROM khaos_mirror_item WHERE NOT deleted ORDER BY stock_id")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private static List<String> spreadEvenly(List<String> ids) {
		int wanted = Math.min(ids.size(), Math.max(1, (int) Math.round(ids.size() * DRIFT_SHARE)));
		double step = (double) ids.size() / Math.max(1, wanted);
		return IntStream.range(0, wanted).mapToObj(i -> ids.get((int) (i * step))).toList();
	}

	private static String payload(PreparedStatement read, String stockId) throws SQLException {
		read.setString(1, stockId);
		try (ResultSet rows = read.executeQuery()) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String typedOver(String payload, String newValue) {
		ObjectNode item = (ObjectNode) JSON.readTree(payload);
		item.put(DRIFT_FIELD, newValue);
		return item.toString();
	}

	private static long update(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

	private static double secondsSince(long start) {
		return Math.round((System.nanoTime() - start) / 1e6) / 1000.0;
	}

}
