package com.akeneokhaos.architecture.violations.publish;

import com.akeneokhaos.architecture.violations.structure.StructureLike;

/** With StructureLike, breaks "no cycles between packages"; writes the outbox outside outbox. */
public class PublishLike {

	static final String SQL = """
			INSERT INTO khaos_outbox (stock_id) VALUES (?)
			""";

	public StructureLike structure() {
		return new StructureLike();
	}

}
