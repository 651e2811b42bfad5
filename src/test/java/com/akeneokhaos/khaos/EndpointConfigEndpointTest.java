package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** EndpointConfig lists the channel's absolute endpoint URLs, in JSON or XML. */
class EndpointConfigEndpointTest extends ChannelTestBase {

	@Test
	void listsAbsoluteUrlsAsJson() {
		HttpResponse<String> response = get("EndpointConfig");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode config = JsonMapper.builder().build().readTree(response.body());
		assertThat(config.at("/ProvidedStock/URL").asString())
			.isEqualTo("https://sync.example.test/khaos/ProvidedStock");
		assertThat(config.at("/StockUpload/URL").asString()).isEqualTo("https://sync.example.test/khaos/StockUpload");
		assertThat(config.at("/StockStatusUpload/URL").asString())
			.isEqualTo("https://sync.example.test/khaos/StockStatusUpload");
		assertThat(config.at("/StockUpload/Format").asString()).isEqualTo("JSON");
	}

	@Test
	void listsTheSameUrlsAsXml() {
		for (HttpResponse<String> response : List.of(get("EndpointConfig.xml"),
				get("EndpointConfig", "Accept", "application/xml"), get("EndpointConfig?format=xml"))) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(value -> assertThat(value).contains("xml"));
			assertThat(response.body()).contains("<EndpointConfig>")
				.contains("<ProvidedStock>\n        <URL>https://sync.example.test/khaos/ProvidedStock</URL>")
				.contains("<URL>https://sync.example.test/khaos/StockUpload</URL>")
				.contains("<URL>https://sync.example.test/khaos/StockStatusUpload</URL>");
		}
	}

}
