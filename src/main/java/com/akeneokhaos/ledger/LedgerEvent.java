package com.akeneokhaos.ledger;

/**
 * One row of the audit trail ({@code sync_ledger_history}): what happened to an item ({@code name}, e.g.
 * CREATED, UPDATED, STRUCTURE_CHANGED, DISCONTINUED) and, in words, why and what Khaos got.
 */
public record LedgerEvent(String itemKey, String name, String detail) {
}
