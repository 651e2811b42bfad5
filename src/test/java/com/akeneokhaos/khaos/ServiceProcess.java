package com.akeneokhaos.khaos;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.support.TestDatabase;

/**
 * The service (the Khaos channel) in a JVM of its own on a database of the test's, so a test can SIGKILL
 * it mid-request and start another on the same database and port, as a crash and a restart would.
 */
final class ServiceProcess implements AutoCloseable {

	static final String USER = "kcc";

	static final String PASSWORD = "kill-test-password";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final int port;

	private ServiceProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts the service and waits until its channel answers. */
	static ServiceProcess start(TestDatabase.Coordinates db, int port, Path log, String... settings) {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AkeneoKhaosSyncApplication.class.getName(),
				"--server.port=" + port, "--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--khaos.channel.username=" + USER, "--khaos.channel.password=" + PASSWORD,
				"--khaos.channel.public-base-url=http://127.0.0.1:" + port));
		command.addAll(List.of(settings));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			ServiceProcess service = new ServiceProcess(process, port);
			await().atMost(120, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(service::isUp);
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGKILL: no shutdown hook, no transaction finished. */
	void kill() {
		try {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		kill();
	}

	HttpResponse<String> get(String endpoint, String continuation) {
		HttpRequest.Builder request = request(endpoint);
		if (continuation != null) {
			request.header("Sirion-Continuation", continuation);
		}
		return send(request.GET());
	}

	HttpResponse<String> postJson(String endpoint, String body) {
		return send(request(endpoint).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	private boolean isUp() {
		if (!process.isAlive()) {
			throw new IllegalStateException("the service exited with " + process.exitValue());
		}
		try {
			return get("EndpointConfig", null).statusCode() == 200;
		}
		catch (RuntimeException notYet) {
			return false;
		}
	}

	private HttpRequest.Builder request(String endpoint) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/khaos/" + endpoint))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
