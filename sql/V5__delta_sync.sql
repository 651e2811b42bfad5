-- delta-sync (issue 10).
-- categories: the Akeneo categories an item was last seen in, as ',code,code,' (sorted), so the items of a
-- category deleted in Akeneo can be found: Akeneo drops the links without changing the products' updated date.
-- last_full_read_execution_id: the last execution of a job that reads every item (catalogue-refresh) and saw
-- this one. Retirement trusts only that: a delta-sync touching an item while a refresh runs must not make the
-- refresh think the item is gone.
ALTER TABLE sync_ledger
    ADD COLUMN categories TEXT NULL AFTER family_variant,
    ADD COLUMN last_full_read_execution_id BIGINT NULL AFTER last_job_execution_id;

UPDATE sync_ledger SET last_full_read_execution_id = last_job_execution_id;

-- The watermark is read from Spring Batch's own metadata (start of the last COMPLETED run).
DROP TABLE sync_watermark;

-- The Akeneo reference data (categories, option labels the mapping reads, family variant axes, channels,
-- locales, mapping) a run evaluated its items against. A run notes its candidate when it starts and keeps it
-- when it completes; the next delta-sync compares Akeneo with the last kept one to find the changes that do
-- not show in products' updated dates.
CREATE TABLE sync_reference_snapshot (
    job_instance_id     BIGINT       NOT NULL PRIMARY KEY,
    job_name            VARCHAR(100) NOT NULL,
    content             LONGTEXT     NOT NULL COMMENT 'JSON',
    content_hash        CHAR(64)     NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    kept_at             DATETIME(6)  NULL COMMENT 'when the run completed; null while it runs or if it never did',
    INDEX sync_reference_snapshot_kept (kept_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
