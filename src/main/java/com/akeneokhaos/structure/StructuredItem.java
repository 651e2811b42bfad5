package com.akeneokhaos.structure;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.LedgerItem;

/**
 * An item on its way to Khaos as the structure rules see it: its ledger identity and, when it claims the
 * stock code of an item whose Akeneo product or model is gone, that item's ledger row.
 */
public interface StructuredItem extends LedgerItem {

	@Nullable LedgerEntry takesCodeFrom();

}
