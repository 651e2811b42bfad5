package com.akeneokhaos.sandbox.khaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** HTTP to the channel with Basic auth on every call; logs each call. */
final class ChannelHttp {

	static final String CONTINUATION = "Sirion-Continuation";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final String authorization;

	private final List<SimulatorRequest> log = new CopyOnWriteArrayList<>();

	ChannelHttp(String username, String password) {
		String pair = username + ":" + password;
		this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	/** A reply; status 0 means no reply (I/O failure). */
	record Reply(int status, String body, String continuation) {

		boolean ok() {
			return status == 200;
		}

	}

	Reply get(URI uri, String continuation) {
		HttpRequest.Builder request = base(uri).GET();
		if (!continuation.isEmpty()) {
			request.header(CONTINUATION, continuation);
		}
		return send(request.build(), "GET", uri, continuation, "");
	}

	Reply post(URI uri, String json) {
		HttpRequest request = base(uri).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
		return send(request, "POST", uri, "", json);
	}

	List<SimulatorRequest> log() {
		return List.copyOf(log);
	}

	private HttpRequest.Builder base(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization)
			.header("Accept", "application/json");
	}

	private Reply send(HttpRequest request, String method, URI uri, String continuationSent, String body) {
		try {
			HttpResponse<String> response = client.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String received = response.headers().firstValue(CONTINUATION).orElse("");
			log.add(new SimulatorRequest(method, uri, continuationSent, received, response.statusCode(), body));
			return new Reply(response.statusCode(), response.body(), received);
		}
		catch (IOException ex) {
			log.add(new SimulatorRequest(method, uri, continuationSent, "", 0, body));
			return new Reply(0, ex.toString(), "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KhaosSimulatorException("interrupted calling " + uri, ex);
		}
	}

}
