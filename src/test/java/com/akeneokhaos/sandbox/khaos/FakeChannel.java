package com.akeneokhaos.sandbox.khaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny stand-in for our channel, serving the same shapes: EndpointConfig (JSON), ProvidedStock pages
 * with {@code Sirion-Continuation} ({@code page-N} asks for page N; past the last page an empty
 * {@code StockChanges} without the header), and StockUpload/StockStatusUpload receivers that record what
 * they get. Every call needs Basic {@link #USER}:{@link #PASSWORD}, otherwise 401.
 */
final class FakeChannel implements AutoCloseable {

	static final String USER = "kcc-channel";

	static final String PASSWORD = "s3cret";

	static final String CONFIG = "/kcc/config";

	static final String PROVIDED_STOCK = "/kcc/stock/provided";

	static final String STOCK_UPLOAD = "/kcc/stock/upload";

	static final String STOCK_STATUS_UPLOAD = "/kcc/stock/status";

	/** One request the channel received. */
	record Received(String method, String path, String authorization, String continuation, String body) {

		JsonNode json() {
			return KhaosJson.parse(body);
		}

	}

	private final HttpServer server;

	private final List<String> pages = new CopyOnWriteArrayList<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

	private volatile String stuckContinuation;

	private FakeChannel(HttpServer server) {
		this.server = server;
	}

	static FakeChannel start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			FakeChannel channel = new FakeChannel(server);
			server.createContext("/kcc/", channel::handle);
			server.start();
			return channel;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	URI configUrl() {
		return url(CONFIG);
	}

	/** Queues ProvidedStock pages, served in order. */
	FakeChannel pages(ObjectNode... stockChanges) {
		for (ObjectNode page : stockChanges) {
			pages.add(KhaosJson.write(page));
		}
		return this;
	}

	/** Every ProvidedStock reply is page 1 with this same continuation, like a channel that never advances. */
	FakeChannel stuckOn(String continuation) {
		stuckContinuation = continuation;
		return this;
	}

	/** The next {@code times} requests to {@code path} get a 500. */
	FakeChannel failNext(String path, int times) {
		failuresLeft.put(path, new AtomicInteger(times));
		return this;
	}

	List<Received> received(String path) {
		return received.stream().filter(r -> r.path().equals(path)).toList();
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String authorization = header(exchange, "Authorization");
			String continuation = header(exchange, ChannelHttp.CONTINUATION);
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestMethod(), path, authorization, continuation, body));
			if (!basic(USER, PASSWORD).equals(authorization)) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"channel\"");
				send(exchange, 401, "");
				return;
			}
			AtomicInteger failures = failuresLeft.get(path);
			if (failures != null && failures.getAndDecrement() > 0) {
				send(exchange, 500, "{\"error\":\"try again\"}");
				return;
			}
			switch (path) {
				case CONFIG -> send(exchange, 200, KhaosJson.write(endpointConfig()));
				case PROVIDED_STOCK -> serveProvidedStock(exchange, continuation);
				case STOCK_UPLOAD, STOCK_STATUS_UPLOAD -> send(exchange, 200, "");
				default -> send(exchange, 404, "");
			}
		}
	}

	private ObjectNode endpointConfig() {
		ObjectNode config = KhaosJson.object();
		endpoint(config, "ProvidedStock", PROVIDED_STOCK);
		endpoint(config, "StockUpload", STOCK_UPLOAD);
		endpoint(config, "StockStatusUpload", STOCK_STATUS_UPLOAD);
		return config;
	}

	private void endpoint(ObjectNode config, String name, String path) {
		ObjectNode endpoint = config.putObject(name);
		endpoint.put("URL", url(path).toString());
		endpoint.put("Format", "JSON");
	}

	private void serveProvidedStock(HttpExchange exchange, String continuation) throws IOException {
		if (stuckContinuation != null) {
			exchange.getResponseHeaders().add(ChannelHttp.CONTINUATION, stuckContinuation);
			send(exchange, 200, pages.get(0));
			return;
		}
		int index = continuation.isEmpty() ? 0 : Integer.parseInt(continuation.substring("page-".length()));
		if (index >= pages.size()) {
			send(exchange, 200, KhaosJson.write(StockFixtures.stockChanges(new ArrayList<>(), new ArrayList<>())));
			return;
		}
		exchange.getResponseHeaders().add(ChannelHttp.CONTINUATION, "page-" + (index + 1));
		send(exchange, 200, pages.get(index));
	}

	private static String header(HttpExchange exchange, String name) {
		String value = exchange.getRequestHeaders().getFirst(name);
		return value == null ? "" : value;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}

}
