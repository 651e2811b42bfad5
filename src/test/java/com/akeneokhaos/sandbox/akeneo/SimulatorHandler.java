package com.akeneokhaos.sandbox.akeneo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves every simulator request: delay, rate limit (token requests too), token endpoint, public asset share
 * links, API faults, bearer check, the product PATCHes, method checks, the media file downloads (any
 * {@code Accept}: they answer binaries), the {@code Accept} check, then the products, product model, Asset Manager,
 * media file or reference endpoints. Records each request in the stats, and each product PATCH in the patch log, before writing its
 * response.
 */
final class SimulatorHandler implements HttpHandler {

	private static final String JSON = "application/json";

	private final SimulatorParts parts;

	private final Supplier<String> baseUrl;

	SimulatorHandler(SimulatorParts parts, Supplier<String> baseUrl) {
		this.parts = parts;
		this.baseUrl = baseUrl;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		parts.stats().begin();
		boolean logged = false;
		try (exchange) {
			ApiRequest request = ApiRequest.from(exchange);
			ApiResponse response = respond(request);
			if ("PATCH".equals(request.method()) && ProductPatchEndpoint.serves(request.path())) {
				parts.patchLog().record(request, response);
			}
			parts.stats().end(new LoggedRequest(request.method(), request.pathAndQuery(), response.status()));
			logged = true;
			write(exchange, response);
		}
		finally {
			if (!logged) {
				parts.stats().end(new LoggedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(), 500));
			}
		}
	}

	private ApiResponse respond(ApiRequest request) {
		try {
			parts.faults().sleepIfDelayed();
			return route(request);
		}
		catch (ApiException ex) {
			return ex.toResponse();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ApiResponse.error(503, "Service Unavailable");
		}
		catch (RuntimeException ex) {
			return ApiResponse.error(500, "Simulator error: " + ex);
		}
	}

	private ApiResponse route(ApiRequest request) {
		String path = request.path();
		if (path.equals(TokenEndpoint.PATH)) {
			return parts.faults().rateLimited().orElseGet(() -> parts.tokenEndpoint().handle(request));
		}
		if (path.startsWith(MediaFilesEndpoint.SHARE_ROOT) && "GET".equals(request.method())) {
			return parts.mediaFiles().share(request);
		}
		if (!path.startsWith(ReferenceEndpoint.ROOT)) {
			throw ApiException.notFound("No route found for \"" + request.method() + " " + path + "\"");
		}
		Optional<ApiResponse> fault = parts.faults().beforeApiRequest();
		if (fault.isPresent()) {
			return fault.get();
		}
		authenticate(request.header("Authorization"));
		boolean products = path.equals(ProductsEndpoint.PATH) || path.startsWith(ProductsEndpoint.PATH + "/");
		if ("PATCH".equals(request.method()) && ProductPatchEndpoint.serves(path)) {
			return parts.faults().beforePatch().orElseGet(() -> parts.productPatches().handle(request, baseUrl.get()));
		}
		if (!"GET".equals(request.method())) {
			throw new ApiException(405, "No route found for \"" + request.method() + " " + path
					+ "\": Method Not Allowed (Allow: " + (products ? "GET, PATCH" : "GET") + ")");
		}
		if (MediaFilesEndpoint.isDownload(path)) {
			return parts.mediaFiles().handle(request, baseUrl.get());
		}
		requireJsonAccept(request.header("Accept"));
		if (products) {
			return parts.products().handle(request, baseUrl.get());
		}
		if (ProductModelsEndpoint.serves(path)) {
			return parts.models().handle(request, baseUrl.get());
		}
		if (AssetEndpoint.serves(path)) {
			return parts.assets().handle(request, baseUrl.get());
		}
		if (MediaFilesEndpoint.serves(path)) {
			return parts.mediaFiles().handle(request, baseUrl.get());
		}
		return parts.reference().handle(request, baseUrl.get());
	}

	private void authenticate(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new ApiException(401, "Authentication is required");
		}
		switch (parts.tokens().check(authorization.substring(7).trim())) {
			case VALID -> {
			}
			case EXPIRED -> throw new ApiException(401, "The access token provided has expired.");
			case INVALID -> throw new ApiException(401, "The access token provided is invalid.");
		}
	}

	/**
	 * Akeneo answers a GET whose {@code Accept} header is neither {@code application/json} exactly nor holds
	 * {@code *}{@code /*} with 406; no header at all is accepted.
	 */
	private static void requireJsonAccept(String accept) {
		if (accept == null || accept.isBlank() || accept.equals(JSON) || accept.contains("*/*")) {
			return;
		}
		throw new ApiException(406, "\"" + accept + "\" in \"Accept\" header is not valid. Only \"" + JSON
				+ "\" is allowed.");
	}

	private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		response.headers().forEach(exchange.getResponseHeaders()::set);
		boolean empty = response.body().length == 0 || response.status() == 204 || response.status() == 304;
		exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
		if (!empty) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response.body());
			}
		}
	}

}
