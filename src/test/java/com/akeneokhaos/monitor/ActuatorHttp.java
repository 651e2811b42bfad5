package com.akeneokhaos.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the service's actuator endpoints as a load balancer does (no credentials) or as an operator does (the admin
 * credentials the monitor tests configure as {@code sync.admin.*}).
 */
final class ActuatorHttp {

	static final String ADMIN = "monitor-admin";

	static final String ADMIN_PASSWORD = "monitor-admin-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	ActuatorHttp(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	HttpResponse<String> getAsAdmin(String path) {
		return getAs(ADMIN, ADMIN_PASSWORD, path);
	}

	HttpResponse<String> getAs(String user, String password, String path) {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Basic " + basic).GET());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
