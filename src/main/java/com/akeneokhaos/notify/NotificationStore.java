package com.akeneokhaos.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sync_notification}: what was and is to be sent. The only code that writes it. A notification is recorded
 * once per channel ({@code INSERT IGNORE} on the event's key: the second process to notice the same event records
 * nothing); a sender claims due rows with {@code FOR UPDATE SKIP LOCKED}, so two instances never send the same
 * row, and marks each sent, or due again later, or failed after its last attempt.
 */
@Component
class NotificationStore {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the notification for this channel unless it was recorded before; whether it was new. */
	boolean record(Notification notification, String channel) {
		LocalDateTime now = LocalDateTime.now(clock);
		return jdbc.sql("""
				INSERT IGNORE INTO sync_notification (event_key, channel, kind, subject, body, digest_to_id, status,
				  attempts, next_attempt_at, created_at)
				VALUES (:key, :channel, :kind, :subject, :body, :digestToId, 'PENDING', 0, :now, :now)""")
			.param("key", notification.key())
			.param("channel", channel)
			.param("kind", notification.kind().name())
			.param("subject", cut(notification.subject(), 300))
			.param("body", JSON.writeValueAsString(notification))
			.param("digestToId", notification.digestToId())
			.param("now", now)
			.update() == 1;
	}

	/** Claims up to {@code limit} rows due now, locked until the caller's transaction ends. */
	List<Pending> claimDue(int limit) {
		return jdbc.sql("""
				SELECT id, channel, body, attempts FROM sync_notification
				WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(LocalDateTime.now(clock), limit)
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("channel"),
					JSON.readValue(rs.getString("body"), Notification.class), rs.getInt("attempts")))
			.list();
	}

	void markSent(long id) {
		jdbc.sql("UPDATE sync_notification SET status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL "
				+ "WHERE id = ?").params(LocalDateTime.now(clock), id).update();
	}

	/** A failed attempt: due again after {@code wait}, or FAILED when that was the last attempt. */
	void markFailed(long id, String error, @Nullable Duration wait) {
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql("UPDATE sync_notification SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
				+ "WHERE id = ?")
			.params((wait == null) ? "FAILED" : "PENDING", cut(error, 1000), (wait == null) ? now : now.plus(wait), id)
			.update();
	}

	/** The last exception id the latest digest covered; 0 before the first digest. */
	long digestWatermark() {
		return jdbc.sql("SELECT COALESCE(MAX(digest_to_id), 0) FROM sync_notification WHERE kind = 'DIGEST'")
			.query(Long.class)
			.single();
	}

	/** How the notifications stand, for health. */
	Figures figures() {
		return jdbc.sql("""
				SELECT SUM(status = 'PENDING'), SUM(status = 'FAILED'), SUM(status = 'SENT'),
				  MIN(CASE WHEN status = 'PENDING' THEN created_at END),
				  (SELECT last_error FROM sync_notification WHERE last_error IS NOT NULL ORDER BY id DESC LIMIT 1)
				FROM sync_notification""")
			.query((rs, row) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getObject(4, LocalDateTime.class), rs.getString(5)))
			.single();
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * A row claimed for sending.
	 *
	 * @param id the row
	 * @param channel {@code email} or {@code webhook}
	 * @param notification what to send
	 * @param attempts the attempts made before this one
	 */
	record Pending(long id, String channel, Notification notification, int attempts) {
	}

	/**
	 * The notifications' state.
	 *
	 * @param pending waiting to be sent (including retries)
	 * @param failed given up after their last attempt
	 * @param sent sent
	 * @param oldestPending when the oldest pending one was recorded
	 * @param lastError the latest send error
	 */
	record Figures(long pending, long failed, long sent, @Nullable LocalDateTime oldestPending,
			@Nullable String lastError) {
	}

}
