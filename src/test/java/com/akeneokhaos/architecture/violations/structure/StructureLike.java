package com.akeneokhaos.architecture.violations.structure;

import com.akeneokhaos.architecture.violations.publish.PublishLike;

/** With PublishLike, breaks "no cycles between packages"; writes the ledger outside ledger. */
public class StructureLike {

	static final String SQL = "UPDATE sync_ledger SET status = 'DISCONTINUED' WHERE item_key = ?";

	public PublishLike publisher() {
		return new PublishLike();
	}

}
