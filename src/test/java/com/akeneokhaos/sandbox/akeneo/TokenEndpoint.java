package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/oauth/v1/token}: HTTP Basic client credentials, then a {@code password} or
 * {@code refresh_token} grant as JSON or form body. Errors use the spec's 400, 415 and 422 bodies.
 */
final class TokenEndpoint {

	static final String PATH = "/api/oauth/v1/token";

	private final TokenStore tokens;

	private final Supplier<Credentials> credentials;

	/** The client and user the simulator accepts. */
	record Credentials(String clientId, String secret, String username, String password) {
	}

	TokenEndpoint(TokenStore tokens, Supplier<Credentials> credentials) {
		this.tokens = tokens;
		this.credentials = credentials;
	}

	ApiResponse handle(ApiRequest request) {
		if (!"POST".equals(request.method())) {
			return ApiResponse.error(405, "No route found for \"" + request.method() + " " + PATH
					+ "\": Method Not Allowed (Allow: POST)");
		}
		Map<String, String> body = body(request);
		if (!clientMatches(request.header("Authorization"))) {
			throw ApiException.unprocessable(
					"Parameter \"client_id\" is missing or does not match any client, or secret is invalid");
		}
		return switch (body.getOrDefault("grant_type", "")) {
			case "password" -> passwordGrant(body);
			case "refresh_token" -> tokens.refreshGrant(body.get("refresh_token")).map(TokenEndpoint::granted)
				.orElseThrow(() -> ApiException.unprocessable("Refresh token is invalid or has expired"));
			default -> throw ApiException.unprocessable("Invalid grant_type parameter or parameter missing");
		};
	}

	private ApiResponse passwordGrant(Map<String, String> body) {
		String username = body.get("username");
		String password = body.get("password");
		if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
			throw ApiException.unprocessable("Missing parameters. \"username\" and \"password\" required");
		}
		Credentials expected = credentials.get();
		if (!expected.username().equals(username) || !expected.password().equals(password)) {
			throw ApiException.unprocessable("No user found for the given username and password");
		}
		return granted(tokens.passwordGrant());
	}

	private boolean clientMatches(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			Credentials expected = credentials.get();
			return decoded.equals(expected.clientId() + ":" + expected.secret());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Map<String, String> body(ApiRequest request) {
		String contentType = Optional.ofNullable(request.header("Content-Type")).orElse("");
		if (contentType.startsWith("application/x-www-form-urlencoded")) {
			return ApiRequest.parseQuery(request.bodyText());
		}
		if (!contentType.startsWith("application/json")) {
			throw new ApiException(415, "\u2018" + contentType + "\u2019 in \u2018Content-type\u2019 header is not valid. "
					+ " Only \u2018application/json\u2019 or \u2018application/x-www-form-urlencoded\u2019 is allowed.");
		}
		return jsonBody(request);
	}

	private static Map<String, String> jsonBody(ApiRequest request) {
		try {
			JsonNode json = Json.MAPPER.readTree(request.body());
			if (json == null || !json.isObject()) {
				throw new ApiException(400, "Invalid JSON message received");
			}
			Map<String, String> fields = new LinkedHashMap<>();
			json.propertyStream()
				.forEach(e -> fields.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : null));
			return fields;
		}
		catch (JacksonException ex) {
			throw new ApiException(400, "Invalid JSON message received");
		}
	}

	private static ApiResponse granted(TokenStore.Grant grant) {
		ObjectNode body = Json.object();
		body.put("access_token", grant.accessToken());
		body.put("expires_in", grant.expiresInSeconds());
		body.put("token_type", "bearer");
		body.putNull("scope");
		body.put("refresh_token", grant.refreshToken());
		return ApiResponse.ok(body);
	}

}
