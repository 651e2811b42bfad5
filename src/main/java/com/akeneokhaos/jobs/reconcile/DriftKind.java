package com.akeneokhaos.jobs.reconcile;

/**
 * The kinds of difference a reconciliation finds between Akeneo, the ledger and Khaos, each with what the
 * run does about it ({@code action}) and what a dry run would have done ({@code dryAction}).
 */
enum DriftKind {

	/**
	 * The item's place in Akeneo's structure (simple, variant of which model) is not the one Khaos was given:
	 * corrected through the structure-change path, as any publishing run does.
	 */
	STRUCTURE_DIFFERS("structure-differs", "corrected", "would correct"),
	/** An Akeneo-owned field differs in Khaos (edited there, or an update was refused): published again. */
	FIELD_DIFFERS("field-differs", "corrected", "would correct"),
	/** A field Khaos owns after creation differs: Khaos's value stands. */
	KHAOS_OWNED_DIFFERS("khaos-owned-differs", "reported", "reported"),
	/** Published but never confirmed by Khaos past the grace period: published again. */
	NOT_CONFIRMED("not-confirmed", "republished", "would republish"),
	/** Valid in Akeneo, never published: published. */
	NEVER_PUBLISHED("never-published", "published", "would publish"),
	/** In Akeneo but breaks a Khaos rule: listed with its rule. */
	REJECTED("rejected", "listed", "listed"),
	/**
	 * Never published, and Khaos holds an item the ledger does not know with its stock code: not published
	 * (Khaos would refuse a second item with the code); linking the two is an operator's decision.
	 */
	KHAOS_HOLDS_CODE("khaos-holds-code", "link proposed", "link proposed"),
	/** In Khaos, unknown to the ledger, no Akeneo item claims its code: listed. */
	KHAOS_ONLY("khaos-only", "listed", "listed"),
	/** An item made in Khaos linked to an Akeneo product by the operator (job parameter {@code link}). */
	LINKED("linked", "linked", "linked"),
	/** Gone from Akeneo, live in Khaos: discontinued (the refresh's retirement rules and guard). */
	DELETED_IN_AKENEO("deleted-in-akeneo", "discontinued", "would discontinue");

	private final String code;

	private final String action;

	private final String dryAction;

	DriftKind(String code, String action, String dryAction) {
		this.code = code;
		this.action = action;
		this.dryAction = dryAction;
	}

	String code() {
		return code;
	}

	String action(boolean dryRun) {
		return dryRun ? dryAction : action;
	}

}
