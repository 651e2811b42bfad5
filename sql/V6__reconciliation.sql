-- reconciliation (issue 11): one report per job instance (a restart finishes the same report), one row per
-- drift found, and, for a dry run (which must not touch the ledger), the items the run saw in Akeneo.
CREATE TABLE sync_drift_report (
    job_instance_id     BIGINT        NOT NULL PRIMARY KEY,
    job_execution_id    BIGINT        NOT NULL COMMENT 'the execution that last worked on the report',
    dry_run             BOOLEAN       NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    finished_at         DATETIME(6)   NULL,
    counts              TEXT          NULL COMMENT 'JSON: drift rows by kind, when finished',
    json_path           VARCHAR(1000) NULL,
    html_path           VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sync_drift_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_instance_id     BIGINT        NOT NULL,
    job_execution_id    BIGINT        NOT NULL,
    item_key            VARCHAR(80)   NULL COMMENT 'ledger key; null for an item only Khaos has',
    stock_id            VARCHAR(64)   NULL,
    stock_code          VARCHAR(255)  NULL,
    akeneo_uuid         CHAR(36)      NULL,
    kind                VARCHAR(40)   NOT NULL,
    field               VARCHAR(100)  NULL,
    akeneo_value        VARCHAR(1000) NULL,
    khaos_value         VARCHAR(1000) NULL,
    action              VARCHAR(40)   NOT NULL,
    detail              VARCHAR(2000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    INDEX sync_drift_item_report (job_instance_id, kind, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sync_drift_seen (
    job_instance_id     BIGINT        NOT NULL,
    item_key            VARCHAR(80)   NOT NULL,
    PRIMARY KEY (job_instance_id, item_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
