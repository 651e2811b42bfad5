-- Stock code claims are serialised across jobs and service instances: every publishing chunk locks this row
-- (SELECT ... FOR UPDATE) before it reads which codes the ledger holds, and keeps it until it commits, so two
-- chunks running at once (a delta-sync and an sku-onboarding, or two instances) never both take one code.
INSERT INTO sync_mutex (name) VALUES ('stock-codes');
