package com.akeneokhaos.akeneo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Reads products and reference data from the Akeneo REST API.
 * <p>
 * Every call is authenticated with OAuth (refreshed before expiry and after a 401), limited to
 * {@link AkeneoProperties#maxInFlight()} concurrent requests, and retried on 408, 429, 5xx and I/O errors.
 * It throws {@link AkeneoUnavailableException} when Akeneo stays unavailable and {@link AkeneoApiException}
 * when it refuses a request. Safe for concurrent use. Settings are validated on the first call, not at
 * construction.
 */
public class AkeneoClient {

	private final AkeneoProperties properties;

	private final AkeneoHttp http;

	/**
	 * @param restClientBuilder a builder carrying the request factory (timeouts) and any observation
	 * set-up; it is cloned, not modified
	 */
	public AkeneoClient(AkeneoProperties properties, RestClient.Builder restClientBuilder) {
		this(properties, restClientBuilder, Sleeper.REAL, Clock.systemUTC());
	}

	AkeneoClient(AkeneoProperties properties, RestClient.Builder restClientBuilder, Sleeper sleeper, Clock clock) {
		this.properties = properties;
		this.http = AkeneoHttp.create(properties, restClientBuilder, sleeper, clock);
	}

	/**
	 * Loads all attributes, the options of every simple and multi select attribute, categories, channels,
	 * enabled locales and families. Costly on large catalogues: call it once per run.
	 */
	public ReferenceData referenceData() {
		return new ReferenceDataLoader(http).load();
	}

	/**
	 * The URL of the first page of products in primary-key order ({@code search_after} pagination).
	 * @param searchJson an Akeneo {@code search} filter such as
	 * {@code {"updated":[{"operator":">","value":"2024-01-31 10:00:00"}]}}, or null for all products
	 */
	public String productsFirstPageUrl(@Nullable String searchJson) {
		properties.validate();
		String url = properties.root() + "/api/rest/v1/products-uuid?pagination_type=search_after&limit="
				+ properties.pageSize();
		return (searchJson == null || searchJson.isBlank()) ? url
				: url + "&search=" + URLEncoder.encode(searchJson, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Fetches one page of products from a URL given by {@link #productsFirstPageUrl} or a previous page. */
	public ProductPage productsPage(String url) {
		URI uri = URI.create(url);
		JsonNode page = http.get(uri);
		URI next = AkeneoHttp.nextUri(uri, JsonReading.nextHref(page));
		return new ProductPage(JsonReading.items(page).stream().map(ProductJson::product).toList(),
				(next != null) ? next.toString() : null);
	}

	/** The product with this uuid, or empty when Akeneo does not know it. */
	public Optional<AkeneoProduct> product(String uuid) {
		try {
			return Optional.of(ProductJson.product(http.get(http.resourceUri("products-uuid", uuid))));
		}
		catch (AkeneoApiException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
