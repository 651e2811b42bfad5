package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Set;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service with its Khaos channel on the port a {@link KhaosSandbox} chose, a database of its own and
 * an Akeneo sandbox: what each end-to-end scenario with the KCC simulator starts from. Each class declares
 * only its catalogue ({@link EndToEnd.Catalogue}) and the properties its scenario needs.
 */
@EndToEnd
abstract class KhaosServiceTestBase extends EndToEndTestBase {

	/** One refresh and one poll of the Khaos simulator: Khaos holds the catalogue as it is now. */
	KhaosSimulator synced() throws Exception {
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		refresh();
		khaos.pollOnce();
		return khaos;
	}

	/**
	 * The stock codes a web shop could order: the SCS parents, and the present Khaos item (the ledger's
	 * StockID for it) of every enabled Akeneo product. A disabled product is discontinued in Khaos, and a
	 * replaced item's old one too, so orders for them rightly fail.
	 */
	List<String> orderableCodes(KhaosSimulator khaos, AkeneoSandbox akeneo) {
		Set<String> present = Set.copyOf(jdbc.sql("SELECT khaos_stock_id FROM sync_ledger WHERE item_key NOT LIKE 'replaced:%'")
			.query(String.class)
			.list());
		return khaos.items().values().stream()
			.filter(item -> present.contains(item.stockId()) && orderable(akeneo, item.stockId()))
			.map(KhaosStockItem::stockCode)
			.toList();
	}

	/** An SCS parent, or the item of an enabled Akeneo product. */
	static boolean orderable(AkeneoSandbox akeneo, String stockId) {
		if (!stockId.startsWith("P-")) {
			return true;
		}
		String uuid = stockId.substring(2, 38);
		return akeneo.simulator().product(uuid).map(p -> p.path("enabled").asBoolean(true)).orElse(false);
	}

	/** The audit trail of one item (a uuid, {@code model:<code>} or {@code replaced:<StockID>}), oldest first. */
	List<String> history(String itemKey) {
		return jdbc.sql("SELECT detail FROM sync_ledger_history WHERE item_key = ? ORDER BY id")
			.param(itemKey)
			.query(String.class)
			.list();
	}

	/** The {@code index}-th (from 0) enabled simple product of family clothing, in uuid order. */
	static String enabledSimpleClothing(GeneratedCatalogue catalogue, int index) {
		return catalogue.validUuids()
			.stream()
			.filter(uuid -> "clothing".equals(catalogue.akeneoProduct(uuid).orElseThrow().family()))
			.filter(uuid -> catalogue.akeneoProduct(uuid).orElseThrow().enabled())
			.skip(index)
			.findFirst()
			.orElseThrow();
	}

}
