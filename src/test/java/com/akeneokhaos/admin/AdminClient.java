package com.akeneokhaos.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * The admin API as an operator's tool calls it: the JDK HTTP client against the service's real port, HTTP Basic
 * with the credentials it was given (or none), JSON answers read as trees.
 */
final class AdminClient {

	private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final @Nullable String authorization;

	private AdminClient(int port, @Nullable String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	/** A client sending these Basic credentials. */
	static AdminClient as(int port, String user, String password) {
		return new AdminClient(port, basic(user, password));
	}

	/** A client sending this Authorization header, or none when null. */
	static AdminClient withAuthorization(int port, @Nullable String authorization) {
		return new AdminClient(port, authorization);
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	Response post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
	}

	Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	/** Sends the request {@code "METHOD /path"}, without a body. */
	Response send(String methodAndPath) {
		String[] parts = methodAndPath.split(" ", 2);
		return parts[0].equals("GET") ? get(parts[1]) : post(parts[1]);
	}

	/** The execution once it has ended (COMPLETED, FAILED, STOPPED...), asking every 100 ms. */
	JsonNode awaitEnd(long executionId) {
		return awaitExecution(executionId, execution -> !RUNNING.contains(execution.get("status").asString()));
	}

	/** The execution once it shows what {@code until} waits for. */
	JsonNode awaitExecution(long executionId, java.util.function.Predicate<JsonNode> until) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = get("/api/executions/" + executionId).ok();
			return until.test(last[0]);
		});
		return last[0];
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return (authorization != null) ? request.header("Authorization", authorization) : request;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer: its status, its body, and the body read as JSON. */
	record Response(int status, String body, HttpResponse<String> raw) {

		JsonNode json() {
			return JsonMapper.shared().readTree(body);
		}

		/** The JSON body of a 200 answer. */
		JsonNode ok() {
			if (status != 200) {
				throw new AssertionError("expected 200, got " + status + ": " + body);
			}
			return json();
		}

		@Nullable String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

}
