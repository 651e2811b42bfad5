-- Our own state. Binary collation: stock codes and SKUs are compared exactly (leading zeros and case
-- matter); case-insensitive checks go through the *_key columns that hold the upper-cased value.

CREATE TABLE sync_ledger (
    item_key            VARCHAR(80)  NOT NULL PRIMARY KEY COMMENT 'product uuid, or model:<code> for a product model',
    kind                VARCHAR(16)  NOT NULL COMMENT 'SIMPLE, MODEL or VARIANT',
    akeneo_uuid         CHAR(36)     NULL,
    model_code          VARCHAR(255) NULL COMMENT 'own code when kind = MODEL',
    parent_code         VARCHAR(255) NULL COMMENT 'lowest parent model of a variant',
    root_model_code     VARCHAR(255) NULL,
    family              VARCHAR(100) NULL,
    family_variant      VARCHAR(100) NULL,
    sku                 VARCHAR(255) NULL,
    khaos_stock_id      VARCHAR(64)  NOT NULL,
    khaos_stock_code    VARCHAR(30)  NULL,
    stock_code_key      VARCHAR(30)  NULL COMMENT 'upper-cased stock code, for uniqueness ignoring case',
    payload_hash        CHAR(64)     NULL COMMENT 'SHA-256 of the always-owned payload last published',
    status              VARCHAR(16)  NOT NULL COMMENT 'PUBLISHED, CONFIRMED, DISCONTINUED',
    akeneo_updated      VARCHAR(40)  NULL,
    first_published_at  DATETIME(6)  NULL,
    last_published_at   DATETIME(6)  NULL,
    confirmed_at        DATETIME(6)  NULL,
    last_job_execution_id BIGINT     NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT sync_ledger_stock_id_un UNIQUE (khaos_stock_id),
    INDEX sync_ledger_stock_code_key (stock_code_key),
    INDEX sync_ledger_parent (root_model_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sync_ledger_history (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_key            VARCHAR(80)  NOT NULL,
    job_execution_id    BIGINT       NULL,
    event               VARCHAR(40)  NOT NULL COMMENT 'CREATED, UPDATED, STRUCTURE_CHANGED, DISCONTINUED, CONFIRMED',
    detail              VARCHAR(2000) NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    INDEX sync_ledger_history_item (item_key, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE khaos_outbox (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    stock_id            VARCHAR(64)  NOT NULL,
    item_key            VARCHAR(80)  NOT NULL,
    stock_code          VARCHAR(30)  NULL,
    change_type         VARCHAR(16)  NOT NULL COMMENT 'CREATE, UPDATE, DISCONTINUE',
    delivery_rank       SMALLINT     NOT NULL DEFAULT 0 COMMENT '0 standalone or SCS parent, 1 SCS child: parents first',
    payload             LONGTEXT     NOT NULL COMMENT 'the StockItem JSON as Khaos gets it',
    relationship        LONGTEXT     NULL COMMENT 'SCSParent or SCSChild JSON, if any',
    payload_hash        CHAR(64)     NOT NULL,
    job_execution_id    BIGINT       NULL,
    created_at          DATETIME(6)  NOT NULL,
    delivered_at        DATETIME(6)  NULL,
    delivery_token      VARCHAR(64)  NULL COMMENT 'Sirion-Continuation value of the page that served it',
    INDEX khaos_outbox_pending (delivered_at, delivery_rank, id),
    INDEX khaos_outbox_stock_id (stock_id),
    INDEX khaos_outbox_execution (job_execution_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sync_exception (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_execution_id    BIGINT       NULL,
    job_name            VARCHAR(100) NULL,
    item_key            VARCHAR(80)  NOT NULL,
    akeneo_uuid         CHAR(36)     NULL,
    sku                 VARCHAR(255) NULL,
    rule_code           VARCHAR(64)  NOT NULL,
    khaos_field         VARCHAR(100) NULL,
    offending_value     VARCHAR(1000) NULL,
    message             VARCHAR(2000) NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    resolved_at         DATETIME(6)  NULL,
    INDEX sync_exception_execution (job_execution_id),
    INDEX sync_exception_item (item_key, resolved_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE khaos_mirror_item (
    stock_id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    stock_code          VARCHAR(30)  NULL,
    stock_code_key      VARCHAR(30)  NULL,
    payload             LONGTEXT     NOT NULL COMMENT 'the StockItem as Khaos last uploaded it',
    payload_hash        CHAR(64)     NOT NULL,
    deleted             BOOLEAN      NOT NULL DEFAULT FALSE,
    received_at         DATETIME(6)  NOT NULL,
    INDEX khaos_mirror_item_code (stock_code_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE khaos_mirror_level (
    stock_id            VARCHAR(64)  NOT NULL,
    site                VARCHAR(100) NOT NULL,
    available           DECIMAL(18,4) NULL,
    on_order            DECIMAL(18,4) NULL,
    received_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (stock_id, site)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sync_watermark (
    job_name            VARCHAR(100) NOT NULL PRIMARY KEY,
    last_success_start  DATETIME(6)  NOT NULL COMMENT 'start time (UTC) of the last COMPLETED run',
    job_execution_id    BIGINT       NOT NULL,
    updated_at          DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
