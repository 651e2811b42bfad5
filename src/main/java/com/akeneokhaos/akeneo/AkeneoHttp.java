package com.akeneokhaos.akeneo;

import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Authenticated, throttled and retried JSON reads from Akeneo. Interceptor order matters: retry outside,
 * then the bearer token, then the in-flight limit, so that neither a retry wait nor a token request holds
 * a permit. The token endpoint shares the retry and the limit but not the bearer token.
 */
final class AkeneoHttp {

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
