package com.akeneokhaos.akeneo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads products, product models, family variants and reference data from the Akeneo REST API, and writes product
 * values back ({@link #patchProducts}).
 * <p>
 * Every call is authenticated with OAuth (refreshed before expiry and after a 401), limited to
 * {@link AkeneoProperties#maxInFlight()} concurrent requests, and retried on 408, 429, 5xx and I/O errors.
 * It throws {@link AkeneoUnavailableException} when Akeneo stays unavailable and {@link AkeneoApiException}
 * when it refuses a request. Safe for concurrent use. Settings are validated on the first call, not at
 * construction.
 */
public class AkeneoClient {

	/** The most lines Akeneo takes in one collection PATCH; more answer 413. */
	static final int MAX_PATCH_LINES = 100;

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
	 * Signs in and reads one channel: proves the base URL, the API credentials and the API user's access
	 * before a job starts. Throws what any call would ({@link IllegalStateException} for missing settings).
	 */
	public void checkAccess() {
		properties.validate();
		http.get(URI.create(properties.root() + "/api/rest/v1/channels?limit=1"));
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
		return firstPageUrl("products-uuid", searchJson);
	}

	/** Fetches one page of products from a URL given by {@link #productsFirstPageUrl} or a previous page. */
	public ProductPage productsPage(String url) {
		return page(url, ProductJson::product, ProductPage::new);
	}

	/**
	 * How many products a search finds, in one request ({@code page} pagination, one item, {@code with_count}:
	 * Akeneo counts only with that pagination).
	 * @param searchJson an Akeneo {@code search} filter, or null for every product
	 */
	public long productCount(@Nullable String searchJson) {
		String url = listUrl("products-uuid", "pagination_type=page&limit=1&with_count=true", searchJson);
		return http.get(URI.create(url)).path("items_count").asLong(0);
	}

	/** How many requests this client sends Akeneo at once, at most. */
	public int maxInFlight() {
		return properties.maxInFlight();
	}

	/** How many pages a list read requests ahead of the step ({@code akeneo.pages-ahead}). */
	public int pagesAhead() {
		return properties.pagesAhead();
	}

	/** How many parts a full read of the products is split into ({@code akeneo.read-partitions}). */
	public int readPartitions() {
		return properties.fullReadPartitions();
	}

	/** The product with this uuid, or empty when Akeneo does not know it. */
	public Optional<AkeneoProduct> product(String uuid) {
		return orEmptyIfUnknown(() -> ProductJson.product(http.get(http.resourceUri("products-uuid", uuid))));
	}

	/**
	 * The products with these uuids that Akeneo knows (one {@code uuid IN} search, every page of it); a uuid it does
	 * not know is simply absent.
	 */
	public List<AkeneoProduct> products(Collection<String> uuids) {
		List<AkeneoProduct> products = new ArrayList<>(uuids.size());
		if (uuids.isEmpty()) {
			return products;
		}
		ObjectNode condition = JsonNodeFactory.instance.objectNode();
		condition.putArray("uuid").addObject().put("operator", "IN").set("value", JsonNodeFactory.instance.arrayNode()
			.addAll(uuids.stream().map(JsonNodeFactory.instance::stringNode).toList()));
		String url = productsFirstPageUrl(condition.toString());
		while (url != null) {
			ProductPage page = productsPage(url);
			products.addAll(page.items());
			url = page.nextUrl();
		}
		return products;
	}

	/**
	 * The Asset Manager family an asset collection attribute holds assets of (its {@code reference_data_name}), or
	 * empty when Akeneo has no such attribute or it names none.
	 */
	public Optional<String> assetFamilyOf(String attributeCode) {
		return orEmptyIfUnknown(() -> http.get(http.resourceUri("attributes", attributeCode)))
			.map(attribute -> JsonReading.text(attribute, "reference_data_name"));
	}

	/** An Asset Manager family with its attributes, or empty when Akeneo has no such family. */
	public Optional<AssetFamily> assetFamily(String code) {
		return orEmptyIfUnknown(() -> http.get(http.resourceUri("asset-families", code))).map(family -> {
			List<JsonNode> attributes = new ArrayList<>();
			http.get(http.resourceUri("asset-families", code, "attributes")).forEach(attributes::add); // a plain list
			return AssetJson.family(family, attributes);
		});
	}

	/** The assets of a family with these codes (a {@code code IN} search, every page); unknown codes are absent. */
	public List<Asset> assets(String family, Collection<String> codes) {
		List<Asset> assets = new ArrayList<>(codes.size());
		for (String search : Searches.codes(codes)) {
			http.forEachItem(assetsUri(family, search), asset -> assets.add(AssetJson.asset(family, asset)));
		}
		return assets;
	}

	/**
	 * The codes of a family's assets updated after the given moment (ISO 8601, e.g. {@code 2026-11-30T10:00:00Z}, as
	 * the asset filters take it), every page.
	 */
	public List<String> assetCodesUpdatedSince(String family, String since) {
		List<String> codes = new ArrayList<>();
		http.forEachItem(assetsUri(family, Searches.updatedSince(since)),
				asset -> codes.add(JsonReading.requiredText(asset, "code")));
		return codes;
	}

	private URI assetsUri(String family, String search) {
		return URI.create(http.listUri("asset-families", family, "assets") + "&search="
				+ URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	/**
	 * The URL of the first page of product models in primary-key order ({@code search_after} pagination),
	 * roots and sub-models alike.
	 * @param searchJson an Akeneo {@code search} filter, or null for all product models
	 */
	public String productModelsFirstPageUrl(@Nullable String searchJson) {
		return firstPageUrl("product-models", searchJson);
	}

	/**
	 * Fetches one page of product models from a URL given by {@link #productModelsFirstPageUrl} or a previous
	 * page.
	 */
	public ProductModelPage productModelsPage(String url) {
		return page(url, ProductModelJson::model, ProductModelPage::new);
	}

	/** The product model with this code, or empty when Akeneo does not know it. */
	public Optional<AkeneoProductModel> productModel(String code) {
		return orEmptyIfUnknown(() -> ProductModelJson.model(http.get(http.resourceUri("product-models", code))));
	}

	/** Every family variant of a family (all pages); empty when the family has none or Akeneo has no such family. */
	public List<FamilyVariant> familyVariants(String family) {
		return orEmptyIfUnknown(() -> {
			List<FamilyVariant> variants = new ArrayList<>();
			http.forEachItem(http.listUri("families", family, "variants"),
					item -> variants.add(ReferenceJson.familyVariant(item, family)));
			return variants;
		}).orElse(List.of());
	}

	/**
	 * The family variants of the given families, by family variant code (unique across families), which is
	 * what a product model names in {@link AkeneoProductModel#familyVariant()}; the families are read at once.
	 */
	public Map<String, FamilyVariant> familyVariants(Collection<String> families) {
		Map<String, FamilyVariant> byCode = new LinkedHashMap<>();
		try (AtOnce reads = new AtOnce()) {
			reads.each(new LinkedHashSet<>(families), this::familyVariants)
				.values()
				.forEach(variants -> variants.forEach(variant -> byCode.put(variant.code(), variant)));
		}
		return byCode;
	}

	/**
	 * Updates products, or creates those Akeneo does not know, with the collection PATCH
	 * ({@code PATCH /api/rest/v1/products-uuid}). Each line is a product in Akeneo's standard format holding its
	 * {@code uuid} and only the fields to change, e.g.
	 * {@code {"uuid":"…","values":{"khaos_status":[{"locale":null,"scope":null,"data":"confirmed"}]}}}: Akeneo
	 * merges {@code values} per attribute, locale and scope and replaces the other fields given (a {@code categories}
	 * list replaces the old one).
	 * <p>
	 * Sends at most 100 lines per request (Akeneo's limit), one request after another, and returns one
	 * {@link PatchLine} per line in the order given. Akeneo answers each line on its own, so a line it refuses (a 422
	 * with its reasons) does not fail the others: callers check {@link PatchLine#applied()} line by line.
	 * <p>
	 * A request is retried as reads are, on 408, 429 (waiting as {@code Retry-After} asks), 5xx and I/O errors. That
	 * is safe because a collection PATCH is idempotent: an upsert of the same values leaves a product the same
	 * however often it is applied, so replaying a request, even one that failed after Akeneo had applied some of
	 * its lines, ends as one successful request would (a line whose product was created by the lost attempt then
	 * answers 204 rather than 201).
	 * @param lines the products to write, each with its {@code uuid}; none makes no request
	 * @throws AkeneoApiException when Akeneo refuses a request as a whole (e.g. 413, 415, 403, or 401 after a token
	 * refresh); the requests before it were applied
	 * @throws AkeneoUnavailableException when Akeneo stays unavailable through the retries; the requests before it
	 * were applied
	 */
	public List<PatchLine> patchProducts(List<ObjectNode> lines) {
		List<PatchLine> results = new ArrayList<>(lines.size());
		for (int from = 0; from < lines.size(); from += MAX_PATCH_LINES) {
			List<ObjectNode> request = lines.subList(from, Math.min(from + MAX_PATCH_LINES, lines.size()));
			List<JsonNode> answer = http.patchCollection(http.resourceUri("products-uuid"), request);
			results.addAll(PatchLineJson.lines(request, answer, from));
		}
		return results;
	}

	private String firstPageUrl(String resource, @Nullable String searchJson) {
		return listUrl(resource, "pagination_type=search_after&limit=" + properties.pageSize(), searchJson);
	}

	private String listUrl(String resource, String pagination, @Nullable String searchJson) {
		properties.validate();
		String url = properties.root() + "/api/rest/v1/" + resource + "?" + pagination;
		return (searchJson == null || searchJson.isBlank()) ? url
				: url + "&search=" + URLEncoder.encode(searchJson, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** One page of a list, its next URL exactly as Akeneo gave it (resolved only if relative). */
	private <T, P> P page(String url, Function<JsonNode, T> parser, BiFunction<List<T>, @Nullable String, P> pageOf) {
		URI uri = URI.create(url);
		JsonNode page = http.get(uri);
		URI next = AkeneoHttp.nextUri(uri, JsonReading.nextHref(page));
		return pageOf.apply(JsonReading.items(page).stream().map(parser).toList(), (next != null) ? next.toString() : null);
	}

	private static <T> Optional<T> orEmptyIfUnknown(Supplier<T> read) {
		try {
			return Optional.of(read.get());
		}
		catch (AkeneoApiException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
