package com.akeneokhaos.sandbox.khaos;

import static com.akeneokhaos.sandbox.khaos.StockFixtures.item;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.stockChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the simulator against the official KCC samples, read in place from the shared reference folder
 * next to the project (never copied into it); skipped where that folder is absent.
 */
class KhaosSimulatorOfficialSamplesTest extends FakeChannelTestBase {

	private static final Path SAMPLES = Path.of("..", "shared", "reference", "khaos");

	@Test
	void appliesTheStockChangesSampleWithItsScsRelationships() {
		// given
		channel.pages((ObjectNode) sample("provided-stock-StockChanges-with-relationships.from-stock_upload.php.json"));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.applied()).isEqualTo(6);
		assertThat(simulator.item("X5436")).hasValueSatisfying(parent -> assertThat(parent.scsParent()).isTrue());
		assertThat(simulator.item("X5437")).hasValueSatisfying(
				child -> assertThat(child.parentStockId()).contains("X5436"));
		assertThat(simulator.rejections())
			.containsExactly(new Rejection("X5438", "", "relationship for unknown StockID"));
	}

	@Test
	void appliesTheOlderProvidedStockSample() {
		// given
		channel.pages((ObjectNode) sample("provided-stock-pull-response.from-provide_stock.php.json"));

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result).isEqualTo(new PollResult(2, 1, 2, 0, 0));
		assertThat(simulator.items()).containsOnlyKeys("6027", "6023");
		assertThat(simulator.item("6023").orElseThrow().stockCode()).isEqualTo("002253");
	}

	@Test
	void uploadsInTheShapesOfTheStockUploadAndStockStatusUploadSamples() {
		// given
		JsonNode stockSample = sample("stock-upload-StockItems-request.json");
		JsonNode statusSample = sample("stock-status-upload-StockStatuses-request.json");
		channel.pages(stockChanges(item("uuid-1", "SKU-1")));

		// when
		simulator.pollOnce();

		// then
		JsonNode upload = channel.received(FakeChannel.STOCK_UPLOAD).get(0).json();
		assertThat(upload.propertyNames()).containsExactlyInAnyOrderElementsOf(stockSample.propertyNames());
		JsonNode status = channel.received(FakeChannel.STOCK_STATUS_UPLOAD).get(0).json();
		assertThat(status.propertyNames()).containsExactlyInAnyOrderElementsOf(statusSample.propertyNames());
		JsonNode sampleStatus = statusSample.get("Statuses").get(0);
		JsonNode ourStatus = status.get("Statuses").get(0);
		assertThat(names(ourStatus)).containsExactlyInAnyOrderElementsOf(names(sampleStatus));
		assertThat(names(ourStatus.get("Levels"))).containsExactlyInAnyOrderElementsOf(names(sampleStatus.get("Levels")));
		assertThat(ourStatus.get("SiteID").isNumber()).isEqualTo(sampleStatus.get("SiteID").isNumber());
	}

	static Stream<Arguments> uploadedItems() {
		return Stream.of(
				uploaded("applied from ProvidedStock as our channel sends it",
						(channel, simulator) -> channel.pages(stockChanges(itemAsOurChannelSendsIt()))),
				uploaded("edited in Khaos", (channel, simulator) -> {
					channel.pages(stockChanges(itemAsOurChannelSendsIt()));
					simulator.pollOnce();
					simulator.editItem("uuid-1", item -> {
						item.put("ShortDescription", "Renamed in Khaos");
						item.withObjectProperty("Options").put("Discontinued", true);
						item.withArrayProperty("Barcodes").addObject().put("Barcode", "5000000000001")
							.putObject("Type").put("Name", "EAN");
					});
				}),
				uploaded("added by hand in Khaos",
						(channel, simulator) -> simulator.addItemByHand("HAND-1", "sku-1", "Made by hand")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("uploadedItems")
	void uploadsEveryItemFieldInTheShapeOfTheStockUploadSampleItem(String how,
			BiConsumer<FakeChannel, KhaosSimulator> given) {
		// given
		JsonNode sampleItem = sample("stock-upload-StockItems-request.json").get("Items").get(0);
		given.accept(channel, simulator);

		// when
		simulator.pollOnce();

		// then
		List<FakeChannel.Received> uploads = channel.received(FakeChannel.STOCK_UPLOAD);
		JsonNode items = uploads.get(uploads.size() - 1).json().get("Items");
		assertThat(items).isNotEmpty();
		for (JsonNode item : items.values()) {
			assertThat(shapeMismatches(sampleItem, item, "item")).isEmpty();
			assertThat(item.get("StockID").isString()).isTrue();
		}
	}

	/** The places where {@code ours} has a field the sample also has, in another JSON type. */
	private static List<String> shapeMismatches(JsonNode sample, JsonNode ours, String path) {
		List<String> mismatches = new ArrayList<>();
		if (sample.getNodeType() != ours.getNodeType()) {
			mismatches.add(path + " is " + ours.getNodeType() + " where the sample has " + sample.getNodeType());
		}
		else if (ours.isObject()) {
			for (String name : ours.propertyNames()) {
				if (sample.has(name)) {
					mismatches.addAll(shapeMismatches(sample.get(name), ours.get(name), path + "." + name));
				}
			}
		}
		else if (ours.isArray() && !sample.isEmpty()) {
			for (int i = 0; i < ours.size(); i++) {
				mismatches.addAll(shapeMismatches(sample.get(0), ours.get(i), path + "[" + i + "]"));
			}
		}
		return mismatches;
	}

	/** A full item with the list fields our channel writes ({@code Images}, {@code UserDefinedFields}). */
	private static ObjectNode itemAsOurChannelSendsIt() {
		ObjectNode item = item("uuid-1", "SKU-1");
		item.putArray("Images").addObject().put("Name", "Photo").put("Filename", "a/b/photo.jpg");
		item.putArray("UserDefinedFields").addObject().put("Name", "Material").put("Value", "Linen");
		item.withObjectProperty("Options").putArray("CustomOptions");
		return item;
	}

	private static Arguments uploaded(String how, BiConsumer<FakeChannel, KhaosSimulator> given) {
		return Arguments.of(how, given);
	}

	private static List<String> names(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	private static JsonNode sample(String name) {
		Path file = SAMPLES.resolve(name);
		assumeTrue(Files.isRegularFile(file), "official KCC samples not found at " + SAMPLES.toAbsolutePath());
		try {
			return KhaosJson.parse(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
