package com.akeneokhaos.sandbox.khaos;

import java.util.List;

/**
 * Whether a sales order naming these stock codes would import into Khaos: one unknown or discontinued
 * code fails the whole order.
 *
 * @param ok true when every code names a live stock item
 * @param unknownCodes codes no stock item holds
 * @param discontinuedCodes codes whose stock item is discontinued
 */
public record OrderImportCheck(boolean ok, List<String> unknownCodes, List<String> discontinuedCodes) {

	public OrderImportCheck {
		unknownCodes = List.copyOf(unknownCodes);
		discontinuedCodes = List.copyOf(discontinuedCodes);
	}

}
