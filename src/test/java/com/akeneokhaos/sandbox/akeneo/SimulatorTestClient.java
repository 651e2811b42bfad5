package com.akeneokhaos.sandbox.akeneo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A plain {@link HttpClient} speaking to an {@link AkeneoSimulator}, for the simulator's own tests. */
final class SimulatorTestClient {

	/** A response with its body parsed (null for an empty body or a collection PATCH's lines: see {@link #lines()}). */
	record Reply(int status, JsonNode body, HttpResponse<String> raw) {

		String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		/** A collection PATCH's answer, one JSON object per line. */
		List<JsonNode> lines() {
			return ProductPatchEndpoint.lines(raw.body()).stream().map(line -> (JsonNode) Json.MAPPER.readTree(line))
				.toList();
		}

	}

	static final String PRODUCTS = "/api/rest/v1/products-uuid";

	private final HttpClient http = HttpClient.newHttpClient();

	private final AkeneoSimulator simulator;

	private String accessToken;

	SimulatorTestClient(AkeneoSimulator simulator) {
		this.simulator = simulator;
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	Reply token(String clientId, String secret, String contentType, String body) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/api/oauth/v1/token"))
			.header("Authorization", "Basic " + basic).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	Reply passwordGrant() {
		return token(simulator.clientId(), simulator.secret(), "application/json", "{\"grant_type\":\"password\","
				+ "\"username\":\"" + simulator.username() + "\",\"password\":\"" + simulator.password() + "\"}");
	}

	Reply refreshGrant(String refreshToken) {
		return token(simulator.clientId(), simulator.secret(), "application/json",
				"{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refreshToken + "\"}");
	}

	String accessToken() {
		if (accessToken == null) {
			accessToken = passwordGrant().body().get("access_token").asString();
		}
		return accessToken;
	}

	/** GET a path (or absolute URL) with this client's bearer token. */
	Reply get(String pathOrUrl) {
		return get(pathOrUrl, "Bearer " + accessToken());
	}

	Reply get(String pathOrUrl, String authorization) {
		return get(pathOrUrl, authorization, null);
	}

	/** GET with this client's bearer token and the given {@code Accept} header. */
	Reply getAccepting(String pathOrUrl, String accept) {
		return get(pathOrUrl, "Bearer " + accessToken(), accept);
	}

	/** GET with the given {@code Authorization} and {@code Accept} headers, each left out when null. */
	Reply get(String pathOrUrl, String authorization, String accept) {
		String url = pathOrUrl.startsWith("http") ? pathOrUrl : simulator.baseUrl() + pathOrUrl;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request.build());
	}

	/** A binary answer (a media file download): status, {@code Content-Type} and bytes. */
	record Download(int status, String contentType, byte[] body) {
	}

	/** GET a binary with this client's bearer token, or without any {@code Authorization} when {@code bearer} is false. */
	Download download(String pathOrUrl, boolean bearer) {
		String url = pathOrUrl.startsWith("http") ? pathOrUrl : simulator.baseUrl() + pathOrUrl;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (bearer) {
			request.header("Authorization", "Bearer " + accessToken());
		}
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** PATCH with this client's bearer token and the given {@code Content-Type}, left out when null. */
	Reply patch(String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body))
			.header("Authorization", "Bearer " + accessToken());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request.build());
	}

	/** The collection PATCH of {@code products-uuid}, its lines joined as Akeneo expects them. */
	Reply patchProducts(List<String> lines) {
		return patch(PRODUCTS, ProductPatchEndpoint.COLLECTION, String.join("\n", lines));
	}

	/** The PATCH of one product, {@code application/json}. */
	Reply patchProduct(String uuid, String body) {
		return patch(PRODUCTS + "/" + uuid, ProductPatchEndpoint.JSON, body);
	}

	/** Follows {@code _links.next} from the given first page and returns every item, failing on any non-200. */
	List<JsonNode> walk(String firstPage) {
		List<JsonNode> items = new ArrayList<>();
		pages(firstPage).forEach(page -> page.get("_embedded").get("items").forEach(items::add));
		return items;
	}

	/** Follows {@code _links.next} from the given first page and returns every page body, failing on any non-200. */
	List<JsonNode> pages(String firstPage) {
		List<JsonNode> pages = new ArrayList<>();
		String next = firstPage;
		while (next != null) {
			Reply page = get(next);
			if (page.status() != 200) {
				throw new AssertionError("page " + next + " answered " + page.status() + " " + page.body());
			}
			pages.add(page.body());
			next = nextHref(page.body());
		}
		return pages;
	}

	/** The {@code _links.next.href} of a list page, or null on the last page. */
	static String nextHref(JsonNode page) {
		JsonNode link = page.get("_links").get("next");
		return link == null ? null : link.get("href").asString();
	}

	/** A hand-made {@code search_after} cursor pointing after the given uuid (no page offset inside). */
	static String uuidOnlyCursor(String uuid) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(uuid.getBytes(StandardCharsets.UTF_8));
	}

	static List<String> uuids(List<? extends JsonNode> items) {
		return items.stream().map(item -> item.get("uuid").asString()).toList();
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			boolean lines = ProductPatchEndpoint.COLLECTION
				.equals(response.headers().firstValue("Content-Type").orElse(""));
			JsonNode body = (response.body().isEmpty() || lines) ? null : Json.MAPPER.readTree(response.body());
			return new Reply(response.statusCode(), body, response);
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
