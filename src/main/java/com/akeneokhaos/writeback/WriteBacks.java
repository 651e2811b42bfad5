package com.akeneokhaos.writeback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The write-backs each product should show in Akeneo ({@code sync_write_back}), written in the transaction of the
 * chunk that decided them and sent later by {@link WriteBackSender}. A row stays PENDING until Akeneo shows it, so
 * neither a crash before the PATCH nor one after it loses or repeats a write-back. A release action stays on a row
 * until it is sent, even when a later run asks for a new status first.
 */
@Repository
public class WriteBacks {

	private static final String COLUMNS = "akeneo_uuid, sku, status, message, release_action, state, requested_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	WriteBacks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Asks for these write-backs (in the caller's transaction); one already pending with the same content stays. */
	public void request(List<WriteBack> wanted, String jobName, long jobExecutionId) {
		if (wanted.isEmpty()) {
			return;
		}
		Map<String, Row> existing = rows(wanted.stream().map(WriteBack::uuid).toList());
		LocalDateTime now = LocalDateTime.now(clock);
		for (WriteBack want : wanted) {
			Row row = existing.get(want.uuid());
			WriteBack merged = (want.release() != null || row == null || row.state() == State.SENT) ? want
					: want.withRelease(row.writeBack().release());
			if (row != null && row.state() == State.PENDING && row.writeBack().equals(merged)) {
				continue;
			}
			upsert(merged, jobName, jobExecutionId, now);
		}
	}

	private void upsert(WriteBack want, String jobName, long jobExecutionId, LocalDateTime now) {
		jdbc.sql("""
				INSERT INTO sync_write_back (akeneo_uuid, sku, status, message, release_action, state, job_name,
				  job_execution_id, requested_at)
				VALUES (:uuid, :sku, :status, :message, :release, 'PENDING', :job, :execution, :now)
				ON DUPLICATE KEY UPDATE sku = VALUES(sku), status = VALUES(status), message = VALUES(message),
				  release_action = VALUES(release_action), state = 'PENDING', failure = NULL, job_name = VALUES(job_name),
				  job_execution_id = VALUES(job_execution_id), requested_at = VALUES(requested_at), done_at = NULL
				""")
			.param("uuid", want.uuid())
			.param("sku", want.sku())
			.param("status", want.status().code())
			.param("message", want.message())
			.param("release", (want.release() != null) ? want.release().json() : null)
			.param("job", jobName)
			.param("execution", jobExecutionId)
			.param("now", now)
			.update();
	}

	/** The next pending write-backs after {@code afterUuid}, in uuid order. */
	List<Row> pendingAfter(String afterUuid, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM sync_write_back WHERE state = 'PENDING' AND akeneo_uuid > ? "
				+ "ORDER BY akeneo_uuid LIMIT ?")
			.params(afterUuid, limit)
			.query(WriteBacks::row)
			.list();
	}

	/**
	 * Records how a pending write-back ended, unless it was asked for again since it was read (then the new request
	 * stands and is sent next).
	 */
	void finish(Row row, State state, @Nullable String failure) {
		jdbc.sql("UPDATE sync_write_back SET state = ?, failure = ?, done_at = ? "
				+ "WHERE akeneo_uuid = ? AND state = 'PENDING' AND requested_at = ?")
			.params(state.name(), failure, LocalDateTime.now(clock), row.writeBack().uuid(), row.requestedAt())
			.update();
	}

	private Map<String, Row> rows(Collection<String> uuids) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM sync_write_back WHERE akeneo_uuid IN (:uuids)")
			.param("uuids", uuids)
			.query(WriteBacks::row)
			.stream()
			.collect(Collectors.toMap(row -> row.writeBack().uuid(), Function.identity()));
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		String release = rs.getString("release_action");
		return new Row(new WriteBack(rs.getString("akeneo_uuid"), rs.getString("sku"),
				OnboardingStatus.ofCode(rs.getString("status")), rs.getString("message"),
				(release != null) ? ReleaseAction.read(release) : null), State.valueOf(rs.getString("state")),
				rs.getObject("requested_at", LocalDateTime.class));
	}

	/** Where a write-back is: waiting until Akeneo shows it, shown, or refused by Akeneo. */
	enum State {

		PENDING, SENT, FAILED

	}

	record Row(WriteBack writeBack, State state, LocalDateTime requestedAt) {
	}

}
