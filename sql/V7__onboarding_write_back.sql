-- sku-onboarding (issue 12). sync_write_back: the onboarding status (and, once Khaos confirms, the release action)
-- each product should show in Akeneo, one row per product; a row stays PENDING until Akeneo shows it, so a crash
-- between a PATCH and its record makes the next run find it already shown instead of sending it again.
-- sync_onboarding: the products sku-onboarding published that it releases once Khaos holds them.
CREATE TABLE sync_write_back (
    akeneo_uuid         CHAR(36)      NOT NULL PRIMARY KEY,
    sku                 VARCHAR(255)  NULL,
    status              VARCHAR(20)   NOT NULL COMMENT 'rejected, pending or confirmed',
    message             TEXT          NOT NULL COMMENT 'the merchandiser sentences, empty for none',
    release_action      TEXT          NULL COMMENT 'JSON: what releasing the product changes; null: no release',
    state               VARCHAR(10)   NOT NULL COMMENT 'PENDING until Akeneo shows it, SENT, FAILED (refused)',
    failure             VARCHAR(2000) NULL,
    job_name            VARCHAR(100)  NOT NULL,
    job_execution_id    BIGINT        NOT NULL,
    requested_at        DATETIME(6)   NOT NULL,
    done_at             DATETIME(6)   NULL,
    INDEX sync_write_back_state (state, akeneo_uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sync_onboarding (
    akeneo_uuid         CHAR(36)      NOT NULL PRIMARY KEY,
    sku                 VARCHAR(255)  NULL,
    state               VARCHAR(20)   NOT NULL COMMENT 'AWAITING_KHAOS, RELEASED, or ADOPTED (held by Khaos before onboarding began)',
    job_execution_id    BIGINT        NOT NULL COMMENT 'the run that last changed the state',
    created_at          DATETIME(6)   NOT NULL,
    released_at         DATETIME(6)   NULL,
    INDEX sync_onboarding_state (state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
