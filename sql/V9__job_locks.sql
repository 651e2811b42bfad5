-- Issue 14: the service runs on more than one instance against one database.
-- sync_job_lock: ShedLock's table (JdbcTemplateLockProvider), one row per job name. Whoever runs an execution of a
-- job (scheduler, admin API, CLI) holds its row, extending lock_until while it runs; a row past lock_until belongs
-- to nobody, so an execution still marked running without a live holder is known to be dead.
CREATE TABLE sync_job_lock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by   VARCHAR(255)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- sync_mutex: rows locked with SELECT ... FOR UPDATE to serialise short critical sections across instances
-- (serving a ProvidedStock page: acknowledge, tag and read in one transaction).
CREATE TABLE sync_mutex (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO sync_mutex (name) VALUES ('provided-stock');
