package com.akeneokhaos.ledger;

/** What an Akeneo item is, as recorded in the ledger; a change of kind is a structure change. */
public enum ItemKind {

	SIMPLE, MODEL, VARIANT

}
