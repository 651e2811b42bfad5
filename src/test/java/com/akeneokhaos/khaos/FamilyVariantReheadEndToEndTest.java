package com.akeneokhaos.khaos;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, "family variant axes changed" within what Khaos takes: a second axis is added; the parent is
 * re-headed and every child republished with both values, together, on the same StockIDs.
 */
class FamilyVariantReheadEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(5353L, 10).withModels(2, 0, 3);

	static final String MODEL = "MD-000002";

	static final List<String> SIZES = List.of("s", "m", "l");

	@Test
	void aSecondAxisReheadsTheParentAndRepublishesEveryChild() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		AkeneoSimulator akeneo = sandboxes.akeneo().simulator();
		List<String> variants = sandboxes.catalogue().variantUuidsOf(MODEL);
		for (int i = 0; i < variants.size(); i++) {
			String size = SIZES.get(i % SIZES.size());
			akeneo.updateProduct(variants.get(i), product -> sized((ObjectNode) product.get("values"), size));
		}
		// when
		akeneo.changeFamilyVariantAxes("homeware", "homeware_by_colour", List.of(List.of("colour", "size")));
		refresh();
		khaos.pollOnce();
		// then
		assertThat(khaos.rejections()).isEmpty();
		assertThat(khaos.item(StockIds.forModel(MODEL)).orElseThrow().relationship().at("/SCSParent/Headings").size())
			.isEqualTo(2);
		for (int i = 0; i < variants.size(); i++) {
			var values = khaos.item(StockIds.forProduct(variants.get(i))).orElseThrow().relationship()
				.at("/SCSChild/SCSValues");
			assertThat(values.size()).isEqualTo(2);
			assertThat(values.get(1).asString()).isEqualTo(SIZES.get(i % SIZES.size()));
		}
		assertThat(jdbc.sql("SELECT detail FROM sync_ledger_history WHERE event = 'UPDATED' AND item_key = ?")
			.param("model:" + MODEL)
			.query(String.class)
			.list()).singleElement().asString().contains("as SCS parent with headings [", ", ");
	}

	private static void sized(ObjectNode values, String size) {
		values.putArray("size").addObject().putNull("locale").putNull("scope").put("data", size);
	}

}
