package com.akeneokhaos.sandbox.khaos;

import static com.akeneokhaos.sandbox.khaos.StockFixtures.item;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.parentItem;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.scsChild;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.scsParent;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.stockChanges;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

class KhaosSimulatorRulesTest extends FakeChannelTestBase {

	private static final String ID = "bad-1";

	static Stream<Arguments> brokenItems() {
		return Stream.of(
				Arguments.of("no stock code", page(without(item(ID, "X"), "StockCode")), "", "StockCode missing"),
				Arguments.of("blank stock code", page(item(ID, " ")), " ", "StockCode missing"),
				Arguments.of("code of 31 characters", page(item(ID, "A".repeat(31))), "A".repeat(31),
						"StockCode longer than 30 characters"),
				Arguments.of("code differing only in case", page(item("good-1", "SKU-1"), item(ID, "sku-1")), "sku-1",
						"StockCode sku-1 already used by StockID good-1"),
				Arguments.of("no ShortDescription", page(without(item(ID, "X"), "ShortDescription")), "X",
						"ShortDescription missing on create"),
				Arguments.of("no StockType1", page(without(item(ID, "X"), "StockType1")), "X",
						"StockType1 missing on create"),
				Arguments.of("no StockType2", page(without(item(ID, "X"), "StockType2")), "X",
						"StockType2 missing on create"),
				Arguments.of("no TaxRate", page(without(item(ID, "X"), "TaxRate")), "X", "TaxRate missing on create"),
				Arguments.of("no BuyPrice", page(without(item(ID, "X"), "BuyPrice")), "X", "BuyPrice missing on create"),
				Arguments.of("no SellPrice", page(without(item(ID, "X"), "SellPrice")), "X",
						"SellPrice missing on create"),
				Arguments.of("null top-level field", page(withNull(item(ID, "X"))), "X", "null value at item.LongDescription"),
				Arguments.of("null nested field", page(nestedNull(item(ID, "X"))), "X",
						"null value at item.Options.RunToZero"),
				Arguments.of("parent and child at once", bothRelationships(), "X",
						"relationship is both SCSParent and SCSChild"),
				Arguments.of("stock-controlled SCS parent",
						stockChanges(List.of(item(ID, "X")), List.of(scsParent(ID, "Size"))), "X",
						"SCS parent must not be stock controlled"),
				Arguments.of("five headings",
						stockChanges(List.of(parentItem(ID, "X")), List.of(scsParent(ID, "A", "B", "C", "D", "E"))), "X",
						"SCS parent has more than 4 headings"),
				Arguments.of("child of a missing parent",
						stockChanges(List.of(item(ID, "X")), List.of(scsChild(ID, "nowhere", "S"))), "X",
						"SCS parent StockID nowhere does not exist"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenItems")
	void refusesAnItemThatBreaksAKhaosRule(String rule, ObjectNode page, String code, String reason) {
		// given
		channel.pages(page);

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.rejected()).isEqualTo(1);
		assertThat(simulator.item(ID)).isEmpty();
		assertThat(simulator.rejections()).singleElement().satisfies(rejection -> {
			assertThat(rejection.stockId()).isEqualTo(ID);
			assertThat(rejection.stockCode()).isEqualTo(code);
			assertThat(rejection.reason()).startsWith(reason);
		});
		assertThat(channel.received(FakeChannel.STOCK_UPLOAD)).allSatisfy(
				upload -> assertThat(upload.json().get("Items").findValuesAsString("StockID")).doesNotContain(ID));
	}

	@Test
	void aParentRefusedInThePageTakesItsChildrenWithIt() {
		// given
		channel.pages(stockChanges(List.of(item("model-1", "TEE"), item("v-1", "TEE-S")),
				List.of(scsParent("model-1", "Size"), scsChild("v-1", "model-1", "S"))));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.rejected()).isEqualTo(2);
		assertThat(simulator.items()).isEmpty();
		assertThat(simulator.rejections()).extracting(Rejection::reason).containsExactly(
				"SCS parent must not be stock controlled", "SCS parent StockID model-1 does not exist");
	}

	@Test
	void anUpdateNeedsNoRequiredFieldsButMayNotBlankThem() {
		// given
		ObjectNode fine = KhaosJson.object().put("StockID", ID).put("StockCode", "X").put("LongDescription", "More");
		ObjectNode blanked = KhaosJson.object().put("StockID", ID).put("StockCode", "X").put("ShortDescription", "");
		channel.pages(stockChanges(item(ID, "X")), stockChanges(fine), stockChanges(blanked));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.applied()).isEqualTo(2);
		assertThat(simulator.rejections()).extracting(Rejection::reason).containsExactly("ShortDescription invalid");
		assertThat(simulator.item(ID).orElseThrow().fields().get("ShortDescription").asString()).isEqualTo("Item X");
	}

	@Test
	void aRelationshipForAnUnknownItemIsRefused() {
		// given
		channel.pages(stockChanges(List.of(), List.of(scsParent("ghost", "Size"))));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.rejected()).isEqualTo(1);
		assertThat(simulator.rejections()).containsExactly(new Rejection("ghost", "", "relationship for unknown StockID"));
	}

	private static ObjectNode page(ObjectNode... items) {
		return stockChanges(items);
	}

	private static ObjectNode without(ObjectNode item, String field) {
		item.remove(field);
		return item;
	}

	private static ObjectNode withNull(ObjectNode item) {
		item.putNull("LongDescription");
		return item;
	}

	private static ObjectNode nestedNull(ObjectNode item) {
		((ObjectNode) item.get("Options")).putNull("RunToZero");
		return item;
	}

	private static ObjectNode bothRelationships() {
		ObjectNode relationship = scsParent(ID, "Size");
		relationship.set("SCSChild", scsChild(ID, "other", "S").get("SCSChild"));
		return stockChanges(List.of(parentItem(ID, "X")), List.of(relationship));
	}

}
