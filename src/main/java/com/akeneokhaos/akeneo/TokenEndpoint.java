package com.akeneokhaos.akeneo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Akeneo's {@code POST /api/oauth/v1/token}: the password grant and the refresh-token grant, both with
 * HTTP Basic client credentials and a JSON body.
 */
final class TokenEndpoint {

	private static final long DEFAULT_LIFETIME_SECONDS = 3600;

	private final RestClient rest;

	private final AkeneoProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	TokenEndpoint(RestClient rest, AkeneoProperties properties, JsonMapper json, Clock clock) {
		this.rest = rest;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	AccessToken passwordGrant() {
		properties.validate();
		return grant(Map.of("grant_type", "password", "username", properties.username(), "password",
				properties.password()));
	}

	AccessToken refreshGrant(String refreshToken) {
		return grant(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
	}

	private AccessToken grant(Map<String, String> body) {
		properties.validate();
		Instant requestedAt = clock.instant();
		byte[] response = rest.post()
			.uri(URI.create(properties.root() + "/api/oauth/v1/token"))
			.headers(headers -> headers.setBasicAuth(properties.clientId(), properties.secret(),
					StandardCharsets.UTF_8))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(json.writeValueAsBytes(body))
			.retrieve()
			.body(byte[].class);
		return toToken(json.readTree(response), requestedAt);
	}

	private static AccessToken toToken(JsonNode node, Instant requestedAt) {
		String access = node.path("access_token").asString("");
		String refresh = node.path("refresh_token").asString("");
		if (access.isEmpty() || refresh.isEmpty()) {
			throw new IllegalStateException("Akeneo's token response has no access_token or refresh_token");
		}
		long lifetime = node.path("expires_in").asLong(DEFAULT_LIFETIME_SECONDS);
		return new AccessToken(access, refresh, requestedAt.plusSeconds(lifetime));
	}

}
