package com.akeneokhaos.khaos;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, "variant moved to another model": every variant of a model moves to another model; each is
 * relinked to its new parent, and the old parent, left without children, is discontinued (not deleted).
 */
class ChildlessParentEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(3131L, 20).withModels(4, 0, 3);

	@Test
	void aParentWhoseVariantsAllMovedAwayIsDiscontinued() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		// when
		sandboxes.catalogue().variantUuidsOf("MD-000001")
			.forEach(uuid -> sandboxes.akeneo().simulator().moveVariant(uuid, "MD-000003"));
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.item(StockIds.forModel("MD-000001")).orElseThrow().discontinued()).isTrue();
		assertThat(khaos.item(StockIds.forModel("MD-000003")).orElseThrow().discontinued()).isFalse();
		sandboxes.catalogue().variantUuidsOf("MD-000001")
			.forEach(uuid -> assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().parentStockId())
				.contains(StockIds.forModel("MD-000003")));
		assertThat(count("SELECT COUNT(*) FROM sync_ledger_history WHERE item_key = ? AND event = 'DISCONTINUED' "
				+ "AND detail LIKE 'No SCS children left%'", ItemKeys.forModel("MD-000001"))).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE status = 'DISCONTINUED'")).isEqualTo(1);
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, sandboxes.akeneo()).stream()
			.filter(code -> !code.equals("MD-000001"))
			.toList()).ok()).isTrue();
	}

}
