package com.akeneokhaos.sandbox.khaos;

import static com.akeneokhaos.sandbox.khaos.StockFixtures.item;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.stockChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drift planted as a Khaos user would: items edited or created by hand in Khaos are uploaded at the next
 * poll, and our channel's later updates win over the edit.
 */
class KhaosSimulatorEditTest extends FakeChannelTestBase {

	static Stream<Arguments> edits() {
		return Stream.of(
				edit("ShortDescription", item -> item.put("ShortDescription", "Renamed in Khaos")),
				edit("SellPrice", item -> item.putObject("SellPrice").put("Gross", 12.5)),
				edit("BuyPrice", item -> item.putObject("BuyPrice").put("Net", 3.0)),
				edit("Options.PublishOnWeb", item -> item.withObjectProperty("Options").put("PublishOnWeb", false)),
				edit("Options.Discontinued", item -> item.withObjectProperty("Options").put("Discontinued", true)),
				edit("Barcodes", item -> item.putArray("Barcodes")),
				edit("StockType1.Name", item -> item.withObjectProperty("StockType1").put("Name", "Clothing")),
				edit("StockType2.Name", item -> item.withObjectProperty("StockType2").put("Name", "Boots")),
				edit("TaxRate", item -> item.putObject("TaxRate").put("Name", "Zero")),
				edit("StockCode", item -> item.put("StockCode", "SKU-1-KHAOS")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("edits")
	void anEditedItemIsUploadedOnceAtTheNextPollWithTheEdit(String field, Consumer<ObjectNode> change) {
		// given
		channel.pages(stockChanges(item("uuid-1", "SKU-1")));
		simulator.pollOnce();
		ObjectNode expected = item("uuid-1", "SKU-1");
		change.accept(expected);

		// when
		KhaosStockItem edited = simulator.editItem("uuid-1", change);
		PollResult result = simulator.pollOnce();
		simulator.pollOnce();

		// then
		assertThat(edited.fields()).isEqualTo(expected);
		assertThat(simulator.item("uuid-1").orElseThrow().fields()).isEqualTo(expected);
		assertThat(result.failedUploads()).isZero();
		List<FakeChannel.Received> uploads = channel.received(FakeChannel.STOCK_UPLOAD);
		assertThat(uploads).hasSize(2);
		assertThat(uploads.get(1).json().get("Items")).singleElement().isEqualTo(expected);
		assertThat(channel.received(FakeChannel.STOCK_STATUS_UPLOAD)).hasSize(1);
	}

	@Test
	void anEditedStockCodeIsTheOneOrdersImportUnder() {
		// given
		channel.pages(stockChanges(item("uuid-1", "SKU-1")));
		simulator.pollOnce();

		// when
		KhaosStockItem edited = simulator.editItem("uuid-1", item -> item.put("StockCode", "SKU-1-KHAOS"));

		// then
		assertThat(edited.stockCode()).isEqualTo("SKU-1-KHAOS");
		assertThat(simulator.wouldOrderImport(List.of("sku-1-khaos")).ok()).isTrue();
		assertThat(simulator.wouldOrderImport(List.of("SKU-1")).unknownCodes()).containsExactly("SKU-1");
	}

	@Test
	void aDiscontinuedItemNoLongerTakesOrders() {
		// given
		channel.pages(stockChanges(item("uuid-1", "SKU-1")));
		simulator.pollOnce();

		// when
		simulator.editItem("uuid-1", item -> item.withObjectProperty("Options").put("Discontinued", true));

		// then
		assertThat(simulator.item("uuid-1").orElseThrow().discontinued()).isTrue();
		assertThat(simulator.wouldOrderImport(List.of("SKU-1")).discontinuedCodes()).containsExactly("SKU-1");
	}

	@ParameterizedTest(name = "poll between edit and update: {0}")
	@ValueSource(booleans = { true, false })
	void anEditedItemUpdatedThroughProvidedStockEndsWithOurFieldsAndIsUploaded(boolean pollBetween) {
		// given
		channel.pages(stockChanges(item("uuid-1", "SKU-1")));
		simulator.pollOnce();
		simulator.editItem("uuid-1", item -> {
			item.put("ShortDescription", "Renamed in Khaos");
			item.put("StockCode", "SKU-1-KHAOS");
			item.withObjectProperty("Options").put("PublishOnWeb", false);
		});
		if (pollBetween) {
			simulator.pollOnce();
		}
		channel.pages(stockChanges(item("uuid-1", "SKU-1")));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.applied()).isEqualTo(1);
		assertThat(simulator.item("uuid-1").orElseThrow().fields()).isEqualTo(item("uuid-1", "SKU-1"));
		List<FakeChannel.Received> uploads = channel.received(FakeChannel.STOCK_UPLOAD);
		assertThat(uploads).hasSize(3);
		assertThat(uploads.get(1).json().get("Items").get(0).get("ShortDescription").asString())
			.isEqualTo("Renamed in Khaos");
		assertThat(uploads.get(2).json().get("Items")).singleElement().isEqualTo(item("uuid-1", "SKU-1"));
	}

	@Test
	void anItemAddedByHandIsUploadedOnceAtTheNextPoll() {
		// given
		simulator.addItemByHand("HAND-1", "sku-1", "Made by hand in Khaos");

		// when
		PollResult result = simulator.pollOnce();
		simulator.pollOnce();

		// then
		assertThat(result.failedUploads()).isZero();
		ObjectNode expected = KhaosJson.object().put("StockID", "HAND-1").put("StockCode", "sku-1")
			.put("ShortDescription", "Made by hand in Khaos");
		assertThat(channel.received(FakeChannel.STOCK_UPLOAD)).singleElement()
			.satisfies(upload -> assertThat(upload.json().get("Items")).singleElement().isEqualTo(expected));
		assertThat(channel.received(FakeChannel.STOCK_STATUS_UPLOAD)).isEmpty();
	}

	@Test
	void anItemAddedByHandCanBeEditedLikeAnyOther() {
		// given
		simulator.addItemByHand("HAND-1", "sku-1", "Made by hand in Khaos");

		// when
		simulator.editItem("HAND-1", item -> item.putObject("SellPrice").put("Gross", 5.0));
		simulator.pollOnce();

		// then
		JsonNode uploaded = channel.received(FakeChannel.STOCK_UPLOAD).get(0).json().get("Items");
		assertThat(uploaded).singleElement()
			.satisfies(item -> assertThat(item.get("SellPrice").get("Gross").asDouble()).isEqualTo(5.0));
	}

	@Test
	void anUnknownStockIdIsRefused() {
		// given
		simulator.addItemByHand("HAND-1", "sku-1", "Made by hand in Khaos");

		// when
		Throwable thrown = catchThrowable(() -> simulator.editItem("nope", item -> item.put("ShortDescription", "x")));

		// then
		assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
		assertThat(simulator.items()).containsOnlyKeys("HAND-1");
	}

	static Stream<Arguments> refusedEdits() {
		return Stream.of(
				edit("StockID changed", item -> item.put("StockID", "uuid-9")),
				edit("StockID removed", item -> item.remove("StockID")),
				edit("StockCode removed", item -> item.remove("StockCode")),
				edit("StockCode held by another item ignoring case", item -> item.put("StockCode", "sku-2")),
				edit("StockCode too long", item -> item.put("StockCode", "X".repeat(StockRules.MAX_STOCK_CODE + 1))),
				edit("blank ShortDescription", item -> item.put("ShortDescription", " ")),
				edit("null value", item -> item.putNull("ShortDescription")),
				edit("price without Net or Gross", item -> item.putObject("SellPrice")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedEdits")
	void anEditKhaosWouldRefuseLeavesTheItemAsItWasAndUploadsNothing(String why, Consumer<ObjectNode> change) {
		// given
		channel.pages(stockChanges(item("uuid-1", "SKU-1"), item("uuid-2", "SKU-2")));
		simulator.pollOnce();

		// when
		Throwable thrown = catchThrowable(() -> simulator.editItem("uuid-1", change));
		simulator.pollOnce();

		// then
		assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("Khaos refuses the edit of uuid-1");
		assertThat(simulator.item("uuid-1").orElseThrow().fields()).isEqualTo(item("uuid-1", "SKU-1"));
		assertThat(channel.received(FakeChannel.STOCK_UPLOAD)).hasSize(1);
	}

	private static Arguments edit(String name, Consumer<ObjectNode> change) {
		return Arguments.of(name, change);
	}

}
