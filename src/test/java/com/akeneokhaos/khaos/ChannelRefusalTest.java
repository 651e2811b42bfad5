package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Refused requests: wrong credentials, broken or invalid bodies, oversize bodies. None stores anything. */
class ChannelRefusalTest extends ChannelTestBase {

	private String before;

	@BeforeEach
	void pendingOutboxAndLedger() {
		LedgerRows.published(jdbc, "uuid-1", "KX-1001", "tea.pot.red-01");
		OutboxRows.append(jdbc, 3);
		before = snapshot();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Basic", "Basic !!!", "Bearer abc" })
	void missingOrUnreadableCredentialsGet401(String authorization) {
		HttpRequest.Builder request = request("StockUpload").POST(body("stock-upload.json"));
		if (!authorization.isEmpty()) {
			request.header("Authorization", authorization);
		}
		assertUnauthorised(send(request));
	}

	@Test
	void wrongCredentialsGet401OnEveryEndpoint() {
		for (String[] credentials : new String[][] { { USER, "wrong" }, { "someone", PASSWORD }, { USER, "" } }) {
			String auth = basic(credentials[0], credentials[1]);
			assertUnauthorised(send(request("StockUpload").header("Authorization", auth).POST(body("stock-upload.json"))));
			assertUnauthorised(send(request("StockStatusUpload").header("Authorization", auth)
				.POST(body("stock-status-upload.json"))));
			assertUnauthorised(send(request("ProvidedStock").header("Authorization", auth).GET()));
			assertUnauthorised(send(request("EndpointConfig").header("Authorization", auth).GET()));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"Items\":[{\"StockID\":\"KX-1001\",", "{\"Deleted\":[\"KX-1\"]} trailing", "<StockItems><Items>", "not a body",
			"{\"Items\":{\"StockID\":\"KX-1001\"}}", "{\"Items\":[{\"StockCode\":\"NO-ID\"}]}", "[]", "{}",
			"{\"Items\":[{\"StockID\":\"KX-1\",\"StockCode\":\"A-CODE-THAT-IS-LONGER-THAN-30-CHARS\"}]}",
			"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><StockItems><Items/></StockItems>" })
	void brokenOrInvalidStockUploadGets400(String body) {
		HttpResponse<String> response = post("StockUpload", body.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isNotBlank().hasSizeLessThan(200);
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"Statuses\":[{\"StockID\":\"KX-1001\",\"SiteID\":1,\"Levels\":{\"Available\":\"x\"}}]}",
			"{\"Statuses\":[{\"StockID\":\"KX-1001\",\"Levels\":{}}]}", "{\"Statuses\":", "<StockStatuses>" })
	void brokenOrInvalidStockStatusUploadGets400(String body) {
		HttpResponse<String> response = post("StockStatusUpload", body.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aBodyOverTheLimitGets413() {
		String filler = " ".repeat(70 * 1024);
		byte[] body = ("{\"Items\":[{\"StockID\":\"KX-1001\",\"StockCode\":\"X\"}]," + filler + "\"Deleted\":[]}")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(post("StockUpload", body).statusCode()).isEqualTo(413);
		assertThat(post("StockStatusUpload", body).statusCode()).isEqualTo(413);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChunkedBodyOverTheLimitGets413() {
		byte[] body = ("{\"Deleted\":[" + "\"KX-1\",".repeat(10_000) + "\"KX-2\"]}").getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = request("StockUpload").header("Authorization", basic(USER, PASSWORD))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

		assertThat(send(request).statusCode()).isEqualTo(413);
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "StockUpload | image/png", "StockUpload | text/plain",
			"StockStatusUpload | multipart/form-data; boundary=XyZ", "StockUpload | application/x-www-form-urlencoded" })
	void aBodyOfAnotherTypeGets415(String endpoint, String contentType) {
		// given
		byte[] body = fixture(endpoint.equals("StockUpload") ? "stock-upload.json" : "stock-status-upload.json");

		// when
		HttpResponse<String> response = post(endpoint, body, contentType);

		// then
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "stock-upload.xml | application/json", "stock-upload.json | application/xml",
			"stock-upload.json | text/xml" })
	void aBodyThatIsNotWhatItsTypeSaysGets400(String fixture, String contentType) {
		// when
		HttpResponse<String> response = post("StockUpload", fixture(fixture), contentType);

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"1E-999999999\"", "1e400", "\"1E+400\"", "0.000001" })
	void aLevelThatDoesNotFitGets400(String available) {
		// given
		byte[] body = ("{\"Statuses\":[{\"StockID\":\"KX-1001\",\"SiteID\":\"1\",\"Levels\":{\"Available\":"
				+ available + "}}]}").getBytes(StandardCharsets.UTF_8);

		// when
		HttpResponse<String> response = post("StockStatusUpload", body);

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/xml", "application/json" })
	void aBodyNestedHundredsOfLevelsDeepGets400(String contentType) {
		// given
		boolean xml = contentType.endsWith("xml");
		byte[] body = ((xml ? "<StockItems>" + "<a>".repeat(500) : "{\"Items\":" + "[".repeat(500))
				+ (xml ? "</a>".repeat(500) + "</StockItems>" : "]".repeat(500) + "}")).getBytes(StandardCharsets.UTF_8);

		// when
		HttpResponse<String> response = post("StockUpload", body, contentType);

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("nest");
		assertThat(snapshot()).isEqualTo(before);
	}

	private void assertUnauthorised(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("Basic realm="));
		assertThat(snapshot()).isEqualTo(before);
	}

	private static HttpRequest.BodyPublisher body(String fixture) {
		return HttpRequest.BodyPublishers.ofByteArray(fixture(fixture));
	}

}
