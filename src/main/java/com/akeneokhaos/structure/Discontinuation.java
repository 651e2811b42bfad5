package com.akeneokhaos.structure;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.ledger.Retirement;
import com.akeneokhaos.outbox.OutboxEntry;

/**
 * A product disabled in Akeneo is discontinued in Khaos (and taken off the web), never deleted; enabled
 * again, it is sold again. The flag goes out with every publication, so either change reaches Khaos; a
 * product disabled before it ever reached Khaos is created discontinued, which keeps its code reserved.
 * Discontinuing goes out last in a run, after any new items that take the product's place.
 */
public final class Discontinuation {

	private Discontinuation() {
	}

	public static MappedStockItem reflect(MappedStockItem item, boolean enabled) {
		ObjectNode always = item.always().objectNode();
		always.setAll(item.always()); // a copy of the top level: only Options changes, and it is copied below
		ObjectNode options = (item.always().get("Options") instanceof ObjectNode mapped) ? mapped.deepCopy()
				: always.objectNode();
		always.set("Options", options);
		options.put("Discontinued", !enabled);
		if (!enabled) {
			options.put("PublishOnWeb", false);
		}
		return new MappedStockItem(item.stockCode(), always, item.onCreate());
	}

	/**
	 * Renames and discontinues an item retired to free its stock code; delivered with the parents, before the
	 * item that takes the code.
	 */
	public static OutboxEntry freeing(Retirement retirement) {
		return OutboxEntry.discontinue(retirement.old().stockId(), retirement.archiveKey(), retirement.freedCode(),
				OutboxEntry.RANK_PARENTS);
	}

	/** A disabled product goes to Khaos after the parents and children of the run (it may be replaced by them). */
	public static int deliveryRank(int rank, boolean enabled) {
		return enabled ? rank : OutboxEntry.RANK_DISCONTINUED;
	}

}
