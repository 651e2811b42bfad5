package com.akeneokhaos.khaos;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.structure.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, "variant moved to another model": every variant of a model moves to another model; each is
 * relinked to its new parent, and the old parent, left without children, is discontinued (not deleted).
 */
class ChildlessParentEndToEndTest extends KhaosServiceTestBase {

	static final Sandboxes SANDBOXES = Sandboxes.start(CatalogueSpec.of(3131L, 20).withModels(4, 0, 3));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		SANDBOXES.register(registry, "childless_parent");
	}

	@AfterAll
	static void stopSandboxes() {
		SANDBOXES.close();
	}

	@Test
	void aParentWhoseVariantsAllMovedAwayIsDiscontinued() throws Exception {
		// given
		KhaosSimulator khaos = synced(SANDBOXES);
		// when
		SANDBOXES.catalogue().variantUuidsOf("MD-000001")
			.forEach(uuid -> SANDBOXES.akeneo().simulator().moveVariant(uuid, "MD-000003"));
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.item(StockIds.forModel("MD-000001")).orElseThrow().discontinued()).isTrue();
		assertThat(khaos.item(StockIds.forModel("MD-000003")).orElseThrow().discontinued()).isFalse();
		SANDBOXES.catalogue().variantUuidsOf("MD-000001")
			.forEach(uuid -> assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().parentStockId())
				.contains(StockIds.forModel("MD-000003")));
		assertThat(count("SELECT COUNT(*) FROM sync_ledger_history WHERE item_key = ? AND event = 'DISCONTINUED' "
				+ "AND detail LIKE 'No SCS children left%'", ItemKeys.forModel("MD-000001"))).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE status = 'DISCONTINUED'")).isEqualTo(1);
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.wouldOrderImport(orderableCodes(khaos, SANDBOXES.akeneo()).stream()
			.filter(code -> !code.equals("MD-000001"))
			.toList()).ok()).isTrue();
	}

}
