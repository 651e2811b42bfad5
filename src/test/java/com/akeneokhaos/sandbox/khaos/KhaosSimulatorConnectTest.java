package com.akeneokhaos.sandbox.khaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class KhaosSimulatorConnectTest {

	private final FakeChannel channel = FakeChannel.start();

	@AfterEach
	void stopChannel() {
		channel.close();
	}

	@Test
	void connectReadsTheChannelUrlsFromEndpointConfigWithBasicAuth() {
		// given
		try (KhaosSimulator simulator = new KhaosSimulator(channel.configUrl(), FakeChannel.USER,
				FakeChannel.PASSWORD)) {

			// when
			ChannelEndpoints endpoints = simulator.connect();

			// then
			assertThat(endpoints.providedStock()).isEqualTo(channel.url(FakeChannel.PROVIDED_STOCK));
			assertThat(endpoints.stockUpload()).contains(channel.url(FakeChannel.STOCK_UPLOAD));
			assertThat(endpoints.stockStatusUpload()).contains(channel.url(FakeChannel.STOCK_STATUS_UPLOAD));
			assertThat(channel.received(FakeChannel.CONFIG)).singleElement()
				.satisfies(r -> assertThat(r.authorization())
					.isEqualTo(FakeChannel.basic(FakeChannel.USER, FakeChannel.PASSWORD)));
		}
	}

	@Test
	void wrongCredentialsFailTheConnection() {
		// given
		try (KhaosSimulator simulator = new KhaosSimulator(channel.configUrl(), FakeChannel.USER, "wrong")) {

			// when / then
			assertThatThrownBy(simulator::connect).isInstanceOf(KhaosSimulatorException.class).hasMessageContaining("401");
			assertThat(simulator.requestsMade()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(401));
		}
	}

	@Test
	void acceptsAWrappedConfigWithRelativeUrlsAndLeavesOutUnlistedEndpoints() {
		// given
		JsonNode config = KhaosJson.parse("""
				{"EndpointConfig": {"ProvidedStock": {"URL": "stock", "Format": "JSON"},
				  "OrderDownload": {"URL": "orders", "Format": "XML", "Frequency": 15}}}
				""");

		// when
		ChannelEndpoints endpoints = ChannelEndpoints.from(config, URI.create("https://shop.example/kcc/config"));

		// then
		assertThat(endpoints.providedStock()).isEqualTo(URI.create("https://shop.example/kcc/stock"));
		assertThat(endpoints.stockUpload()).isEqualTo(Optional.empty());
		assertThat(endpoints.stockStatusUpload()).isEqualTo(Optional.empty());
	}

	@Test
	void refusesAnXmlFormatForAnEndpointItUses() {
		// given
		JsonNode config = KhaosJson.parse("""
				{"ProvidedStock": {"URL": "https://shop.example/stock", "Format": "XML"}}
				""");

		// when / then
		assertThatThrownBy(() -> ChannelEndpoints.from(config, URI.create("https://shop.example/config")))
			.isInstanceOf(KhaosSimulatorException.class).hasMessageContaining("JSON only");
	}

}
