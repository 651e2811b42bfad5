package com.akeneokhaos.sandbox.khaos;

import static com.akeneokhaos.sandbox.khaos.StockFixtures.item;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.parentItem;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.scsChild;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.scsParent;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.stockChanges;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class KhaosSimulatorApplyTest extends FakeChannelTestBase {

	@Test
	void createsAnItemExactlyAsSent() {
		// given
		ObjectNode sent = item("uuid-1", "SKU-001");
		channel.pages(stockChanges(sent));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.applied()).isEqualTo(1);
		assertThat(simulator.item("uuid-1")).hasValueSatisfying(stored -> {
			assertThat(stored.stockCode()).isEqualTo("SKU-001");
			assertThat(stored.fields()).isEqualTo(sent);
			assertThat(stored.relationship().isEmpty()).isTrue();
			assertThat(stored.stockControlled()).isTrue();
		});
	}

	@Test
	void anUpdateMergesTheFieldsSentOverTheStoredItemAndCanChangeTheCode() {
		// given
		ObjectNode update = KhaosJson.object();
		update.put("StockID", "uuid-1");
		update.put("StockCode", "SKU-001-NEW");
		update.put("ShortDescription", "Renamed");
		update.putObject("Options").put("PublishOnWeb", false);
		channel.pages(stockChanges(item("uuid-1", "SKU-001")), stockChanges(update));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.applied()).isEqualTo(2);
		KhaosStockItem stored = simulator.item("uuid-1").orElseThrow();
		assertThat(stored.stockCode()).isEqualTo("SKU-001-NEW");
		assertThat(stored.fields().get("ShortDescription").asString()).isEqualTo("Renamed");
		assertThat(stored.fields().get("SellPrice").get("Gross").asDouble()).isEqualTo(9.99);
		assertThat(stored.fields().get("Options").get("PublishOnWeb").asBoolean()).isFalse();
		assertThat(stored.stockControlled()).isTrue();
		assertThat(simulator.wouldOrderImport(List.of("SKU-001")).unknownCodes()).containsExactly("SKU-001");
	}

	@Test
	void appliesAnScsParentAndItsChildrenInOnePage() {
		// given
		channel.pages(stockChanges(
				List.of(parentItem("model-1", "TEE"), item("v-1", "TEE-S-RED"), item("v-2", "TEE-M-RED")),
				List.of(scsParent("model-1", "Size", "Colour"), scsChild("v-1", "model-1", "S", "RED"),
						scsChild("v-2", "model-1", "M", "RED"))));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.rejected()).isZero();
		assertThat(simulator.item("model-1")).hasValueSatisfying(parent -> {
			assertThat(parent.scsParent()).isTrue();
			assertThat(parent.relationship().get("SCSParent").get("Headings").size()).isEqualTo(2);
		});
		assertThat(simulator.item("v-2")).hasValueSatisfying(child -> {
			assertThat(child.scsChild()).isTrue();
			assertThat(child.parentStockId()).contains("model-1");
		});
	}

	@Test
	void aRelationshipAloneRelinksAStoredItem() {
		// given
		channel.pages(stockChanges(parentItem("model-1", "TEE"), item("v-1", "TEE-S")),
				stockChanges(List.of(), List.of(scsParent("model-1", "Size"), scsChild("v-1", "model-1", "S"))));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.applied()).isEqualTo(4);
		assertThat(simulator.item("v-1")).hasValueSatisfying(child -> assertThat(child.parentStockId()).contains("model-1"));
	}

}
