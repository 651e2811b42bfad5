package com.akeneokhaos.sandbox.akeneo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

import com.sun.net.httpserver.HttpServer;

/**
 * An in-process Akeneo PIM REST API for tests and sandbox runs: OAuth tokens, {@code products-uuid} with
 * {@code search_after}/page pagination and search filters and its two PATCHes (one product, or a collection of up to
 * 100 lines answered line by line; values checked against the reference data, merged, {@code updated} bumped when
 * something changed: see {@link ProductPatcher}), {@code product-models}, family variants and the
 * other reference data endpoints, plus a scenario API for structure changes (simple → variant, moves…) and
 * reference data changes (categories deleted or moved, options relabelled, channels and locales changed), answering
 * in the official spec's shapes and, where the spec is silent, as Akeneo's code does: a full page always links a
 * next page (so a listing whose size is a multiple of the page size ends with an empty page), an {@code Accept}
 * header other than JSON answers 406, categories and other reference lists know only page pagination.
 * The Asset Manager is served read-only ({@code asset-families}, their attributes and assets, search-after
 * pagination and the {@code updated} filter: see {@link AssetEndpoint}) with the media file endpoints
 * ({@code media-files} metadata, and the binaries of {@code media-files/{code}/download}, {@code asset-media-files}
 * and asset share links, each request to which {@link #downloadRequests()} counts).
 * Faults (failing pages, failing requests, 429s, delays, token expiry) can be switched on
 * and off while a client runs, PATCHes included, and every request, and every PATCH with its per-line outcome, is
 * recorded for assertions. Listens on 127.0.0.1 on a
 * free port; serves many requests at once so a client's concurrency can be observed.
 */
public final class AkeneoSimulator implements AutoCloseable {

	public static final String DEFAULT_CLIENT_ID = "sandbox_client";

	public static final String DEFAULT_SECRET = "sandbox_secret";

	public static final String DEFAULT_USERNAME = "sandbox_user";

	public static final String DEFAULT_PASSWORD = "sandbox_password";

	private static final int THREADS = 16;

	private final ProductStore products = new ProductStore();

	private final ModelStore models = new ModelStore();

	private final ReferenceStore reference = new ReferenceStore();

	private final AssetStore assets = new AssetStore();

	private final FaultInjector faults = new FaultInjector();

	private final RequestStats stats = new RequestStats();

	private final PatchLog patchLog = new PatchLog();

	private final TokenStore tokens = new TokenStore(this::now);

	private final StructureChanges structure = new StructureChanges(products, models, reference, this::now);

	private final ReferenceChanges referenceChanges = new ReferenceChanges(products, models, reference);

	private final ProductPatcher patcher = new ProductPatcher(products, reference, this::now);

	private volatile TokenEndpoint.Credentials credentials = new TokenEndpoint.Credentials(DEFAULT_CLIENT_ID,
			DEFAULT_SECRET, DEFAULT_USERNAME, DEFAULT_PASSWORD);

	private volatile Clock clock = Clock.systemUTC();

	private HttpServer server;

	private ExecutorService executor;

	public AkeneoSimulator() {
	}

	public AkeneoSimulator(String clientId, String secret, String username, String password) {
		credentials(clientId, secret, username, password);
	}

	/** The API client (Basic auth) and PIM user (password grant) the token endpoint accepts. */
	public AkeneoSimulator credentials(String clientId, String secret, String username, String password) {
		credentials = new TokenEndpoint.Credentials(clientId, secret, username, password);
		return this;
	}

	public String clientId() {
		return credentials.clientId();
	}

	public String secret() {
		return credentials.secret();
	}

	public String username() {
		return credentials.username();
	}

	public String password() {
		return credentials.password();
	}

	/** The clock behind token expiry, {@code updated} bumps and {@code SINCE LAST N DAYS}; UTC system clock by default. */
	public AkeneoSimulator clock(Clock newClock) {
		clock = newClock;
		return this;
	}

	public synchronized AkeneoSimulator start() {
		if (server != null) {
			throw new IllegalStateException("already started");
		}
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		executor = Executors.newFixedThreadPool(THREADS, runnable -> {
			Thread thread = new Thread(runnable, "akeneo-simulator");
			thread.setDaemon(true);
			return thread;
		});
		ProductsEndpoint productsEndpoint = new ProductsEndpoint(products, models, reference, faults, this::now);
		ProductPatchEndpoint patchEndpoint = new ProductPatchEndpoint(patcher);
		SimulatorParts parts = new SimulatorParts(stats, faults, tokens, new TokenEndpoint(tokens, () -> credentials),
				productsEndpoint, patchEndpoint, patchLog, new ProductModelsEndpoint(models, reference, this::now),
				new ReferenceEndpoint(reference), new AssetEndpoint(assets, reference, this::now),
				new MediaFilesEndpoint(assets));
		server.createContext("/", new SimulatorHandler(parts, this::baseUrl));
		server.setExecutor(executor);
		server.start();
		return this;
	}

	/** {@code http://127.0.0.1:PORT}, without a trailing slash. */
	public synchronized String baseUrl() {
		if (server == null) {
			throw new IllegalStateException("not started");
		}
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Replaces all products, product models and reference data with the catalogue's. */
	public AkeneoSimulator load(GeneratedCatalogue catalogue) {
		reference.load(catalogue.reference());
		models.replaceAll(catalogue.storedModels().stream().map(StoredModel::of).toList());
		products.replaceAll(catalogue.storedProducts());
		return this;
	}

	/** Every products-uuid list request for page {@code pageNumber} or later answers {@code status}, until cleared. */
	public void failProductPagesFrom(int pageNumber, int status) {
		faults.failProductPagesFrom(pageNumber, status);
	}

	/**
	 * Every products-uuid list request whose {@code search} parameter (null when absent) {@code ofSearch} accepts
	 * answers {@code status} from page {@code pageNumber} of that search on, until cleared.
	 */
	public void failProductPagesFrom(Predicate<String> ofSearch, int pageNumber, int status) {
		faults.failProductPagesFrom(ofSearch, pageNumber, status);
	}

	/** The next {@code count} API requests (not token requests) answer {@code status}. */
	public void failNextRequests(int count, int status) {
		faults.failNextRequests(count, status);
	}

	/**
	 * Every product PATCH (single or collection) answers this status before it changes anything, until
	 * {@code failPatches(0)} or {@link #clearFaults()}; reads are answered as usual. Recorded in {@link #patches()} as
	 * refused as a whole.
	 */
	public void failPatches(int status) {
		faults.failPatches(status);
	}

	/**
	 * Above {@code maxRequestsPerSecond} requests in any second, answer 429 with {@code Retry-After}. As on
	 * Akeneo, the limit counts and refuses token requests too.
	 */
	public void rateLimit(int maxRequestsPerSecond, int retryAfterSeconds) {
		faults.rateLimit(maxRequestsPerSecond, retryAfterSeconds);
	}

	/** The next {@code count} requests, token requests included, answer 429 with {@code Retry-After}. */
	public void tooManyRequestsBurst(int count, int retryAfterSeconds) {
		faults.tooManyRequestsBurst(count, retryAfterSeconds);
	}

	public void delayResponses(Duration delay) {
		faults.delayResponses(delay);
	}

	/**
	 * Delays each response by a random time up to {@code most}, on top of {@link #delayResponses}, so that concurrent
	 * requests are answered in an order nobody chose (seeded: the same seed draws the same delays).
	 */
	public void delayResponsesRandomly(long seed, Duration most) {
		faults.delayResponsesRandomly(seed, most);
	}

	/** The lifetime of access tokens issued from now on (3600 s by default). */
	public void tokenLifetime(Duration lifetime) {
		tokens.lifetime(lifetime);
	}

	/** Every access token issued so far answers 401 "expired" from now on; refresh tokens still work. */
	public void expireAllTokens() {
		tokens.expireAll();
	}

	/** Removes every fault: page and request failures, 429s, rate limit and delay (not token settings). */
	public void clearFaults() {
		faults.clear();
	}

	/** How many requests had a path starting with {@code pathPrefix}, e.g. {@code /api/rest/v1/products-uuid}. */
	public long requestCount(String pathPrefix) {
		return stats.requestCount(pathPrefix);
	}

	/** The most requests ever being served at the same time. */
	public int maxConcurrentRequests() {
		return stats.peakConcurrency();
	}

	public int passwordGrants() {
		return tokens.passwordGrants();
	}

	public int refreshGrants() {
		return tokens.refreshGrants();
	}

	public long status429Count() {
		return stats.statusCount(429);
	}

	public List<LoggedRequest> requestLog() {
		return stats.log();
	}

	/**
	 * How many requests asked for a binary since the last {@link #resetObservations()}, whatever they were answered:
	 * {@code GET media-files/{code}/download}, {@code GET asset-media-files/{code}} and the public share links of
	 * assets. Reading asset families, attributes, assets and media file metadata never counts.
	 */
	public long downloadRequests() {
		return stats.log().stream().filter(request -> MediaFilesEndpoint.isDownload(request.path())).count();
	}

	/**
	 * Every {@code PATCH} on {@code products-uuid} (collection or single product) answered since the last
	 * {@link #resetObservations()}, in order: the lines sent and what became of each, including those refused as a
	 * whole by an injected fault, a 401, 413 or 415.
	 */
	public List<RecordedPatch> patches() {
		return patchLog.patches();
	}

	/** Forgets the request log, the recorded PATCHes and the concurrency peak (grant counters keep counting). */
	public void resetObservations() {
		stats.reset();
		patchLog.reset();
	}

	/** Changes a product and bumps its {@code updated} to now, as an edit in the PIM does; returns the result. */
	public ObjectNode updateProduct(String uuid, Consumer<ObjectNode> change) {
		return products.update(uuid, current -> {
			ObjectNode node = current.node();
			change.accept(node);
			node.put("uuid", uuid);
			node.put("updated", Json.date(now()));
			return StoredProduct.of(node);
		}).node();
	}

	/** Adds (or replaces) a product in the products-uuid shape; a missing {@code created}/{@code updated} becomes now. */
	public void addProduct(ObjectNode product) {
		ObjectNode copy = product.deepCopy();
		String now = Json.date(now());
		if (!copy.path("updated").isString()) {
			copy.put("updated", now);
		}
		if (!copy.path("created").isString()) {
			copy.put("created", copy.get("updated").asString());
		}
		products.put(StoredProduct.of(copy));
	}

	public boolean removeProduct(String uuid) {
		return products.remove(uuid);
	}

	public Optional<ObjectNode> product(String uuid) {
		return products.get(uuid).map(StoredProduct::node);
	}

	public int productCount() {
		return products.snapshot().length;
	}

	/** Sets the product's identifier value (SKU); its uuid stays, its {@code updated} becomes now. */
	public ObjectNode changeSku(String uuid, String newSku) {
		return updateProduct(uuid, product -> {
			ObjectNode values = product.has("values") ? (ObjectNode) product.get("values") : product.putObject("values");
			values.putArray("sku").addObject().putNull("locale").putNull("scope").put("data", newSku);
		});
	}

	/** Disables the product ({@code enabled} false), bumping its {@code updated}. */
	public ObjectNode disableProduct(String uuid) {
		return updateProduct(uuid, product -> product.put("enabled", false));
	}

	/** The product model as {@code GET product-models/{code}} serves it (a sub-model with its root's values). */
	public Optional<ObjectNode> productModel(String code) {
		return models.served(code);
	}

	public int productModelCount() {
		return models.snapshot().length;
	}

	/**
	 * Adds (or replaces) a product model in the {@code product-models} shape; a missing {@code created} or
	 * {@code updated} becomes now. Its parent, if any, must exist. Returns the stored model.
	 */
	public ObjectNode addModel(ObjectNode model) {
		return structure.addModel(model);
	}

	/**
	 * Creates a root model from a simple product, as a merchant does before turning it into a variant: the
	 * product's family, categories and the values of the family variant's common attributes. The product
	 * itself is unchanged; follow with {@link #makeVariant}.
	 */
	public ObjectNode createModelFrom(String uuid, String modelCode, String familyVariant) {
		return structure.createModelFrom(uuid, modelCode, familyVariant);
	}

	/**
	 * Simple product → variant of an existing (lowest-level) model, keeping its uuid: {@code parent} set, its
	 * own values reduced to the variant level's, the given axis values added, its ancestors' values merged in,
	 * {@code updated} now.
	 */
	public ObjectNode makeVariant(String uuid, String modelCode, Map<String, String> axisValues) {
		return structure.makeVariant(uuid, modelCode, axisValues);
	}

	/**
	 * A new enabled variant product of the model with the given SKU and axis values and a cost price (as a
	 * merchant fills in what Khaos needs), merged as Akeneo serves it.
	 */
	public ObjectNode addVariant(String uuid, String sku, String modelCode, Map<String, String> axisValues) {
		return structure.addVariant(uuid, sku, modelCode, axisValues);
	}

	/** Moves a variant under another model of its family variant: new parent, re-merged values, {@code updated} now. */
	public ObjectNode moveVariant(String uuid, String newModelCode) {
		return structure.moveVariant(uuid, newModelCode);
	}

	/** Variant → simple product: {@code parent} null, the merged values kept as its own, {@code updated} now. */
	public ObjectNode detachVariant(String uuid) {
		return structure.detachVariant(uuid);
	}

	/**
	 * Replaces the axes of each level of a family variant (index 0 = level 1), keeping the levels' other
	 * attributes; every model of that family variant and every variant below them gets {@code updated} now.
	 * Returns the changed family variant.
	 */
	public ObjectNode changeFamilyVariantAxes(String family, String familyVariant, List<List<String>> axesByLevel) {
		return structure.changeFamilyVariantAxes(family, familyVariant, axesByLevel);
	}

	/**
	 * Changes a product model and bumps its {@code updated}, that of its sub-models (for a root) and that of every
	 * variant below it (values re-merged).
	 */
	public ObjectNode updateProductModel(String code, Consumer<ObjectNode> change) {
		return structure.updateModel(code, change);
	}

	/**
	 * Changes a category and bumps its {@code updated}: renames it ({@code labels}) or moves it ({@code parent}, its
	 * descendants following it in {@code IN CHILDREN} searches); its products' and models' {@code updated} stay as
	 * they are, as in Akeneo.
	 */
	public ObjectNode updateCategory(String code, Consumer<ObjectNode> change) {
		return reference.update(ReferenceStore.CATEGORIES, code, category -> {
			change.accept(category);
			category.put("code", code);
			category.put("updated", Json.date(now()));
		});
	}

	/**
	 * Deletes a category and all its descendants, as a merchant does in the PIM: they leave {@code GET categories},
	 * and every product and product model loses its links to them without its {@code updated} changing (Akeneo
	 * unlinks them by a database cascade, leaving product history and dates alone). A category tree used by a
	 * channel cannot be deleted ({@link IllegalStateException}). Returns the deleted codes, sorted.
	 */
	public List<String> deleteCategory(String code) {
		return referenceChanges.deleteCategory(code);
	}

	/**
	 * Replaces the labels of a select attribute's option (locale → label), as {@code GET attributes/{code}/options}
	 * then serves them; the products using the option keep their {@code updated}. Returns the changed option.
	 */
	public ObjectNode updateAttributeOption(String attribute, String option, Map<String, String> labels) {
		return referenceChanges.updateAttributeOption(attribute, option, labels);
	}

	/**
	 * Changes a channel ({@code locales}, {@code currencies}, {@code category_tree}, {@code labels}) as
	 * {@code GET channels} then serves it; the tree must be a root category and the locales must exist
	 * ({@link IllegalArgumentException} otherwise). As in Akeneo, a locale the channel gains is activated and one
	 * no channel uses any more is deactivated; products and models are untouched. Returns the changed channel.
	 */
	public ObjectNode updateChannel(String code, Consumer<ObjectNode> change) {
		return referenceChanges.updateChannel(code, change);
	}

	/**
	 * Activates or deactivates a locale, as {@code GET locales} (and its {@code enabled} filter) then serves it and
	 * as the {@code locales} parameter and the locale of attribute filters then accept it; products are untouched.
	 * Returns the changed locale.
	 */
	public ObjectNode enableLocale(String code, boolean enabled) {
		return referenceChanges.enableLocale(code, enabled);
	}

	/**
	 * Adds or replaces an option of a select attribute (its {@code attribute} and {@code code} set), as
	 * {@code GET attributes/{attribute}/options} lists it and attribute filters accept it.
	 */
	public void addAttributeOption(ObjectNode option) {
		reference.put(ReferenceStore.optionsPath(option.get("attribute").asString()), option);
	}

	/**
	 * Adds or replaces an attribute definition as Akeneo lists it, of any type (also those the sync does not
	 * map: tables, reference data, assets, product links...).
	 */
	public void addAttribute(ObjectNode attribute) {
		reference.put("attributes", attribute);
	}

	/**
	 * Sets Akeneo up for the Khaos status write-back as the README says: the status simple select (options
	 * {@code rejected}, {@code pending}, {@code confirmed}) and the message text area, in every family and at the
	 * variant product level of every family variant.
	 */
	public void addOnboardingAttributes(String statusCode, String messageCode) {
		OnboardingAttributes.create(reference, statusCode, messageCode);
	}

	/**
	 * Fault injection: every later PATCH of this product (single or a collection line) answers 422
	 * {@code Validation failed.} with this message for the attribute, and changes nothing; the other lines of a
	 * collection PATCH are applied as usual.
	 */
	public void refusePatchesOf(String uuid, String attribute, String message) {
		patcher.refuse(uuid, attribute, message);
	}

	/** Adds or replaces a family variant of an existing family, as {@code families/{family}/variants} lists it. */
	public void addFamilyVariant(String family, ObjectNode familyVariant) {
		reference.put(ReferenceStore.familyVariantsPath(family), familyVariant);
	}

	/** Adds or replaces a category ({@code code}, {@code parent}, {@code labels}); {@code updated} becomes now. */
	public void addCategory(ObjectNode category) {
		ObjectNode copy = category.deepCopy();
		copy.put("updated", Json.date(now()));
		reference.put(ReferenceStore.CATEGORIES, copy);
	}

	/**
	 * Adds or replaces an Asset Manager family with its asset attributes (the attributes it had are replaced, its
	 * assets kept), as {@code GET asset-families} and {@code asset-families/{code}/attributes} then serve them.
	 * Codes are letters, digits and underscores; attribute types and media types those of the spec. Missing
	 * properties get the spec's defaults, {@code attribute_as_main_media} the first media file or media link
	 * attribute. {@code "sharing_enabled": true} gives its media file values a public {@code share_link}.
	 */
	public void addAssetFamily(ObjectNode family, List<ObjectNode> attributes) {
		assets.putFamily(family, attributes);
	}

	/**
	 * Adds or replaces an asset of an existing family ({@code code}, {@code values} keyed by attribute code, each
	 * {@code {locale, channel, data}}; a media file value's data is its file code, then downloadable from
	 * {@code asset-media-files}): {@code updated} becomes now, {@code created} stays that of the asset replaced.
	 */
	public void putAsset(String family, ObjectNode asset) {
		assets.putAsset(family, asset, now());
	}

	/** The asset family as {@code GET asset-families/{code}} serves it. */
	public Optional<ObjectNode> assetFamily(String code) {
		return assets.family(code).map(family -> family.json().deepCopy());
	}

	/** The asset as stored: code, values ({@code locale}, {@code channel}, {@code data}; no links), created, updated. */
	public Optional<ObjectNode> asset(String family, String code) {
		return assets.asset(family, code);
	}

	/**
	 * Adds or replaces a product media file ({@code code} such as {@code a/b/c/d/<sha1>_photo.jpg}), as
	 * {@code GET media-files/{code}} serves its metadata and {@code .../download} its bytes; missing
	 * {@code original_filename}, {@code extension}, {@code mime_type} and {@code size} are derived from the code.
	 * Returns the stored metadata.
	 */
	public ObjectNode addMediaFile(ObjectNode mediaFile) {
		return assets.putMediaFile(mediaFile);
	}

	/**
	 * Akeneo's asset and asset family lists have a server-side page size (100), not a {@code limit} parameter; a
	 * test can shrink it to page through a few assets.
	 */
	public void assetPageSize(int size) {
		assets.pageSize(size);
	}

	/** Whether media link values of assets carry {@code linked_data.full_url} (true by default, as on Akeneo 7/SaaS). */
	public void assetLinkedData(boolean served) {
		assets.linkedData(served);
	}

	/**
	 * Gives each product {@code perProduct} packshots: the {@code packshots} asset family (media link main media,
	 * see {@link AssetCatalogue}), the assets {@code packshot_<uuid>_<n>} and the product's {@code packshots} asset
	 * collection value (attribute definition added), its {@code updated} bumped to now.
	 */
	public void givePackshots(List<String> productUuids, int perProduct) {
		AssetCatalogue.givePackshots(this, productUuids, perProduct);
	}

	/**
	 * Gives each product {@code perProduct} photos of the {@code product_photos} family (media file main media, see
	 * {@link AssetCatalogue}) through its {@code product_photos} asset collection value, as {@link #givePackshots}.
	 */
	public void giveProductPhotos(List<String> productUuids, int perProduct) {
		AssetCatalogue.giveProductPhotos(this, productUuids, perProduct);
	}

	@Override
	public synchronized void close() {
		if (server != null) {
			server.stop(0);
			executor.shutdownNow();
			server = null;
		}
	}

	private Instant now() {
		return clock.instant();
	}

}
