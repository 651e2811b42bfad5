package com.akeneokhaos.sandbox.khaos;

import static com.akeneokhaos.sandbox.khaos.StockFixtures.item;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.parentItem;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.scsChild;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.scsParent;
import static com.akeneokhaos.sandbox.khaos.StockFixtures.stockChanges;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class KhaosSimulatorUploadTest extends FakeChannelTestBase {

	@Test
	void postsTheChangedItemsBackAsStockUploadWithBasicAuth() {
		// given
		ObjectNode sent = item("uuid-1", "SKU-1");
		channel.pages(stockChanges(sent));

		// when
		simulator.pollOnce();

		// then
		FakeChannel.Received upload = channel.received(FakeChannel.STOCK_UPLOAD).get(0);
		assertThat(channel.received(FakeChannel.STOCK_UPLOAD)).hasSize(1);
		assertThat(upload.method()).isEqualTo("POST");
		assertThat(upload.authorization()).isEqualTo(FakeChannel.basic(FakeChannel.USER, FakeChannel.PASSWORD));
		JsonNode body = upload.json();
		assertThat(body.get("Deleted").isArray()).isTrue();
		assertThat(body.get("Deleted").isEmpty()).isTrue();
		assertThat(body.get("Items")).singleElement().isEqualTo(sent);
	}

	@Test
	void postsStockStatusUploadForStockControlledItemsOnlyWithTheLevelsKhaosOwns() {
		// given
		simulator.setAvailable("v-1", 7);
		channel.pages(stockChanges(List.of(parentItem("model-1", "TEE"), item("v-1", "TEE-S"), item("v-2", "TEE-M")),
				List.of(scsParent("model-1", "Size"), scsChild("v-1", "model-1", "S"),
						scsChild("v-2", "model-1", "M"))));

		// when
		simulator.pollOnce();

		// then
		List<FakeChannel.Received> posts = channel.received(FakeChannel.STOCK_STATUS_UPLOAD);
		assertThat(posts).singleElement().satisfies(post -> assertThat(post.authorization())
			.isEqualTo(FakeChannel.basic(FakeChannel.USER, FakeChannel.PASSWORD)));
		JsonNode statuses = posts.get(0).json().get("Statuses");
		assertThat(statuses.findValuesAsString("StockID")).containsExactly("v-1", "v-2");
		JsonNode first = statuses.get(0);
		assertThat(first.get("StockCode").asString()).isEqualTo("TEE-S");
		assertThat(first.get("SiteID").asInt()).isEqualTo(KhaosSimulator.DEFAULT_SITE_ID);
		assertThat(first.get("Levels").get("Available").asDouble()).isEqualTo(7.0);
		assertThat(first.get("Levels").get("OnOrder").asDouble()).isZero();
		assertThat(statuses.get(1).get("Levels").get("Available").asDouble()).isZero();
	}

	@Test
	void retriesAnUploadThatGetsA500() {
		// given
		simulator.uploadRetries(3);
		channel.pages(stockChanges(item("uuid-1", "SKU-1"))).failNext(FakeChannel.STOCK_UPLOAD, 2)
			.failNext(FakeChannel.STOCK_STATUS_UPLOAD, 1);

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.failedUploads()).isZero();
		assertThat(channel.received(FakeChannel.STOCK_UPLOAD)).hasSize(3)
			.extracting(FakeChannel.Received::body).containsOnly(channel.received(FakeChannel.STOCK_UPLOAD).get(0).body());
		assertThat(channel.received(FakeChannel.STOCK_STATUS_UPLOAD)).hasSize(2);
		assertThat(simulator.requestsMade()).filteredOn(r -> r.method().equals("POST")).extracting(SimulatorRequest::status)
			.containsExactly(500, 500, 200, 500, 200);
	}

	@Test
	void givesUpAfterTheRetriesAndCountsTheFailure() {
		// given
		simulator.uploadRetries(2);
		channel.pages(stockChanges(item("uuid-1", "SKU-1"))).failNext(FakeChannel.STOCK_UPLOAD, 10);

		// when
		PollResult result = simulator.pollOnce();

		// then
		assertThat(result.failedUploads()).isEqualTo(1);
		assertThat(channel.received(FakeChannel.STOCK_UPLOAD)).hasSize(3);
		assertThat(simulator.item("uuid-1")).isPresent();
	}

	@Test
	void splitsUploadsIntoBatchesOfAtMostOneHundred() {
		// given
		ObjectNode[] items = IntStream.range(0, 250).mapToObj(i -> item("id-" + i, "SKU-" + i))
			.toArray(ObjectNode[]::new);
		channel.pages(stockChanges(items));

		// when
		simulator.pollOnce();

		// then
		assertThat(channel.received(FakeChannel.STOCK_UPLOAD)).extracting(r -> r.json().get("Items").size())
			.containsExactly(100, 100, 50);
		assertThat(channel.received(FakeChannel.STOCK_STATUS_UPLOAD)).extracting(r -> r.json().get("Statuses").size())
			.containsExactly(100, 100, 50);
	}

}
