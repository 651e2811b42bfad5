package com.akeneokhaos.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.outbox.PayloadHash;

/**
 * Where the reference snapshots live ({@code sync_reference_snapshot}): a run notes its candidate when it
 * starts (one per job instance) and keeps it when it completes. The
 * snapshot a delta compares with is the one kept last, by completion: when a refresh and a delta overlap, the
 * one that finished last may have overwritten the other's items with the reference data it read.
 */
@Repository
public class ReferenceSnapshots {

	private static final Duration ABANDONED = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	public ReferenceSnapshots(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The snapshot of the run that completed last, if any run kept one. */
	public Optional<ReferenceSnapshot> lastKept() {
		return jdbc.sql("SELECT content FROM sync_reference_snapshot WHERE kept_at IS NOT NULL "
				+ "ORDER BY kept_at DESC, job_instance_id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.map(content -> json.readValue(content, ReferenceSnapshot.class));
	}

	/**
	 * Notes what a job instance evaluates against. Called from the step that starts the run, which a restart
	 * runs again only if it failed, before any item was evaluated: the later note then replaces the earlier.
	 */
	public void noteCandidate(long jobInstanceId, String jobName, ReferenceSnapshot snapshot) {
		String content = json.writeValueAsString(snapshot);
		jdbc.sql("INSERT INTO sync_reference_snapshot (job_instance_id, job_name, content, content_hash, "
				+ "created_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE content = VALUES(content), "
				+ "content_hash = VALUES(content_hash), created_at = VALUES(created_at)")
			.params(jobInstanceId, jobName, content, PayloadHash.ofText(content), LocalDateTime.now(clock))
			.update();
	}

	/**
	 * Keeps the job instance's candidate as the latest snapshot, and forgets the snapshots kept before it and
	 * the candidates of runs that started more than a week ago and never completed.
	 */
	public void keep(long jobInstanceId) {
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql("UPDATE sync_reference_snapshot SET kept_at = ? WHERE job_instance_id = ? AND kept_at IS NULL")
			.params(now, jobInstanceId)
			.update();
		jdbc.sql("DELETE FROM sync_reference_snapshot WHERE job_instance_id <> ? AND (kept_at < ? OR "
				+ "(kept_at IS NULL AND created_at < ?))")
			.params(jobInstanceId, now, now.minus(ABANDONED))
			.update();
	}

}
