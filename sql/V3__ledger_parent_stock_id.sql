-- The Khaos StockID of an SCS child's parent, as last published: lets the refresh find SCS parents
-- left without children (to discontinue them) without parsing outbox relationships.
ALTER TABLE sync_ledger
    ADD COLUMN parent_stock_id VARCHAR(64) NULL AFTER root_model_code,
    ADD INDEX sync_ledger_parent_stock (parent_stock_id);
