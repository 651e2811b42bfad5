-- notifications (issue 17): every event to tell people about, once per channel. The unique key makes the same
-- event (a failed execution, a digest's firing) recorded once however many instances see it; a row is sent by one
-- instance at a time (claimed FOR UPDATE SKIP LOCKED), retried with a growing delay, and kept as the record of
-- what was sent.
CREATE TABLE sync_notification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key           VARCHAR(190)  NOT NULL COMMENT 'the event, e.g. run-failed:42 or digest:2026-11-30T07:00:00Z',
    channel             VARCHAR(16)   NOT NULL COMMENT 'email or webhook',
    kind                VARCHAR(32)   NOT NULL,
    subject             VARCHAR(300)  NOT NULL,
    body                MEDIUMTEXT    NOT NULL COMMENT 'the notification as JSON: subject, lines, link',
    digest_to_id        BIGINT        NULL COMMENT 'a digest: the last sync_exception id it covers',
    status              VARCHAR(16)   NOT NULL COMMENT 'PENDING, SENT, FAILED (gave up after the last attempt)',
    attempts            INT           NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(6)   NOT NULL,
    last_error          VARCHAR(1000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    sent_at             DATETIME(6)   NULL,
    CONSTRAINT sync_notification_event_un UNIQUE (event_key, channel),
    INDEX sync_notification_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
