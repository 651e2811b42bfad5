-- Whether an SCS parent ever had a child in Khaos: a parent left without children (they moved or were
-- retired) is discontinued, but one whose variants are all still waiting to be published is not.
ALTER TABLE sync_ledger
    ADD COLUMN had_children BOOLEAN NOT NULL DEFAULT FALSE AFTER parent_stock_id;

UPDATE sync_ledger m SET had_children = TRUE
WHERE m.kind = 'MODEL'
  AND EXISTS (SELECT 1 FROM sync_ledger_history h WHERE h.detail LIKE CONCAT('%SCS child of ', m.khaos_stock_id, '%'));
