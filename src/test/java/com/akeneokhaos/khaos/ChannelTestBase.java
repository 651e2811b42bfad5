package com.akeneokhaos.khaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service on a random port with a database of its own (one per class, see {@link EndToEnd}), and a
 * real HTTP client calling the channel the way Khaos Control Cloud does. Every test starts from empty
 * channel tables.
 */
@EndToEnd(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "khaos.channel.username=" + ChannelTestBase.USER,
				"khaos.channel.password=" + ChannelTestBase.PASSWORD, "khaos.channel.max-body-bytes=64KB",
				"khaos.channel.public-base-url=https://sync.example.test/", "khaos.channel.page-size=1000" })
abstract class ChannelTestBase extends EndToEndTestBase {

	static final String USER = "kcc-channel";

	static final String PASSWORD = "pässword:with-colon";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@BeforeEach
	void emptyChannelTables() {
		for (String table : new String[] { "khaos_outbox", "khaos_mirror_item", "khaos_mirror_level", "sync_ledger",
				"sync_ledger_history" }) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	/** Posts {@code body} labelled as what it is (XML or JSON), as KCC does. */
	HttpResponse<String> post(String endpoint, byte[] body) {
		String type = new String(body, StandardCharsets.UTF_8).stripLeading().startsWith("<") ? "application/xml"
				: "application/json";
		return post(endpoint, body, type);
	}

	HttpResponse<String> post(String endpoint, byte[] body, String contentType) {
		return send(request(endpoint).header("Authorization", basic(USER, PASSWORD))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	HttpResponse<String> get(String endpoint, String... headers) {
		HttpRequest.Builder request = request(endpoint).header("Authorization", basic(USER, PASSWORD)).GET();
		return send((headers.length > 0) ? request.headers(headers) : request);
	}

	HttpRequest.Builder request(String endpoint) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/khaos/" + endpoint));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static byte[] fixture(String name) {
		try (InputStream in = ChannelTestBase.class.getResourceAsStream("/khaos/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every row of the tables the channel writes, to show that a request changed nothing. */
	String snapshot() {
		StringBuilder all = new StringBuilder();
		for (String query : new String[] { "SELECT * FROM khaos_mirror_item ORDER BY stock_id",
				"SELECT * FROM khaos_mirror_level ORDER BY stock_id, site", "SELECT * FROM sync_ledger ORDER BY item_key",
				"SELECT * FROM sync_ledger_history ORDER BY id", "SELECT * FROM khaos_outbox ORDER BY id" }) {
			jdbc.sql(query).query().listOfRows().forEach(row -> all.append(row).append('\n'));
		}
		return all.toString();
	}

}
