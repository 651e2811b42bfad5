package com.akeneokhaos.akeneo;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Authenticated, throttled and retried JSON reads and collection PATCHes to Akeneo. Interceptor order matters:
 * retry outside, then the bearer token, then the in-flight limit, so that neither a retry wait nor a token request
 * holds a permit. The token endpoint shares the retry and the limit but not the bearer token.
 */
final class AkeneoHttp {

	/** The content type of Akeneo's collection PATCH, whose body and answer are one JSON object per line. */
	static final MediaType COLLECTION = MediaType.valueOf("application/vnd.akeneo.collection+json");

	private final RestClient rest;

	private final AkeneoProperties properties;

	private final JsonMapper json;

	private AkeneoHttp(RestClient rest, AkeneoProperties properties, JsonMapper json) {
		this.rest = rest;
		this.properties = properties;
		this.json = json;
	}

	static AkeneoHttp create(AkeneoProperties properties, RestClient.Builder builder, Sleeper sleeper, Clock clock) {
		JsonMapper json = JsonMapper.shared();
		ApiErrorHandler errors = new ApiErrorHandler(json);
		RetryInterceptor retry = new RetryInterceptor(properties.retry(), sleeper, clock);
		InFlightLimitInterceptor limit = new InFlightLimitInterceptor(properties.maxInFlight());
		RestClient tokenRest = builder.clone().requestInterceptor(retry).requestInterceptor(limit)
			.defaultStatusHandler(HttpStatusCode::isError, errors).build();
		TokenEndpoint tokens = new TokenEndpoint(tokenRest, properties, json, clock);
		AkeneoAuthenticator authenticator = new AkeneoAuthenticator(tokens, clock, properties.tokenRefreshMargin());
		RestClient apiRest = builder.clone().requestInterceptor(retry)
			.requestInterceptor(new BearerTokenInterceptor(authenticator)).requestInterceptor(limit)
			.defaultStatusHandler(HttpStatusCode::isError, errors).build();
		return new AkeneoHttp(apiRest, properties, json);
	}

	/** The URI of a resource from raw path segments, e.g. {@code ("products-uuid", uuid)}; each is encoded. */
	URI resourceUri(String... segments) {
		return builder(segments).build().encode().toUri();
	}

	/** The first page (100 items) of a list, e.g. {@code ("attributes", code, "options")}. */
	URI listUri(String... segments) {
		return builder(segments).queryParam("limit", 100).build().encode().toUri();
	}

	private UriComponentsBuilder builder(String... segments) {
		properties.validate();
		return UriComponentsBuilder.fromUriString(properties.root()).pathSegment("api", "rest", "v1")
			.pathSegment(segments);
	}

	JsonNode get(URI uri) {
		properties.validate();
		byte[] body = rest.get().uri(uri).accept(MediaType.APPLICATION_JSON).retrieve().body(byte[].class);
		return (body == null || body.length == 0) ? MissingNode.getInstance() : json.readTree(body);
	}

	/**
	 * Sends a collection PATCH, one compact JSON object per line, and returns Akeneo's answer, one JSON object per
	 * line in the order given; a line of the answer that is not JSON is left out, so a caller matches lines by their
	 * {@code line} number.
	 */
	List<JsonNode> patchCollection(URI uri, List<? extends JsonNode> lines) {
		properties.validate();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (JsonNode line : lines) {
			if (body.size() > 0) {
				body.write('\n');
			}
			body.writeBytes(json.writeValueAsBytes(line));
		}
		byte[] answer = rest.patch().uri(uri).contentType(COLLECTION).body(body.toByteArray()).retrieve()
			.body(byte[].class);
		List<JsonNode> results = new ArrayList<>();
		if (answer != null) {
			new String(answer, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
				.forEach(line -> readLine(line).ifPresent(results::add));
		}
		return results;
	}

	private Optional<JsonNode> readLine(String line) {
		try {
			return Optional.of(json.readTree(line));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	/** Calls the action for every item of every page, following {@code _links.next.href}. */
	void forEachItem(URI first, Consumer<JsonNode> action) {
		URI next = first;
		while (next != null) {
			JsonNode page = get(next);
			JsonReading.items(page).forEach(action);
			next = nextUri(next, JsonReading.nextHref(page));
		}
	}

	/** The next page's URI exactly as Akeneo gave it (resolved only if relative), or null at the end. */
	static @Nullable URI nextUri(URI current, @Nullable String href) {
		URI next = (href != null) ? current.resolve(href) : null;
		if (current.equals(next)) {
			throw new IllegalStateException("Akeneo gave " + current.getRawPath() + " as its own next page");
		}
		return next;
	}

}
