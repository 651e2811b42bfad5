package com.akeneokhaos.sandbox.khaos;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A test-side Khaos Control Cloud that drives our "Web Services" channel the way KCC does: it fetches the
 * channel's EndpointConfig (JSON) with HTTP Basic, GETs ProvidedStock following {@code Sirion-Continuation},
 * applies the {@code StockChanges} to its own stock under the Khaos rules (refusals are logged in
 * {@link #rejections()}), then POSTs StockUpload and, for stock-controlled items, StockStatusUpload back,
 * retrying any reply other than 200. Items a Khaos user creates or changes ({@link #addItemByHand},
 * {@link #editItem}) are sent in a StockUpload at the start of the next poll, as KCC sends a changed item.
 * It can also tell whether a sales order for some stock codes would import. Poll on demand with
 * {@link #pollOnce()} or every N seconds with {@link #startPolling(Duration)}.
 */
public final class KhaosSimulator implements AutoCloseable {

	public static final int DEFAULT_UPLOAD_RETRIES = 3;

	public static final Duration DEFAULT_UPLOAD_RETRY_DELAY = Duration.ofSeconds(1);

	public static final int DEFAULT_BATCH_SIZE = 100;

	public static final int DEFAULT_SITE_ID = 1;

	public static final int DEFAULT_MAX_REQUESTS_PER_POLL = 10_000;

	private final Object lock = new Object();

	private final URI endpointConfigUrl;

	private final ChannelHttp http;

	private final KhaosUploads uploads;

	private final StockStore store = new StockStore();

	private final List<Rejection> rejections = new CopyOnWriteArrayList<>();

	private final PageApplier applier = new PageApplier(store, rejections);

	/** StockIDs a Khaos user created or changed since the last poll, to upload at the next one. */
	private final Set<String> changedInKhaos = new LinkedHashSet<>();

	private KhaosUploads.Settings settings = new KhaosUploads.Settings(DEFAULT_UPLOAD_RETRIES,
			DEFAULT_UPLOAD_RETRY_DELAY, DEFAULT_BATCH_SIZE, DEFAULT_SITE_ID);

	private int maxRequestsPerPoll = DEFAULT_MAX_REQUESTS_PER_POLL;

	private ChannelEndpoints endpoints;

	private String continuation = "";

	private ScheduledExecutorService poller;

	private volatile RuntimeException lastPollFailure;

	/**
	 * @param endpointConfigUrl the channel's configuration URL, as entered on the KCC channel
	 * @param username the channel's Basic auth user
	 * @param password the channel's Basic auth password
	 */
	public KhaosSimulator(URI endpointConfigUrl, String username, String password) {
		this.endpointConfigUrl = Objects.requireNonNull(endpointConfigUrl);
		this.http = new ChannelHttp(username, password);
		this.uploads = new KhaosUploads(http);
	}

	/** How many times a failed StockUpload/StockStatusUpload post is retried (default 3). */
	public KhaosSimulator uploadRetries(int retries) {
		synchronized (lock) {
			settings = new KhaosUploads.Settings(Math.max(0, retries), settings.retryDelay(), settings.batchSize(),
					settings.siteId());
		}
		return this;
	}

	/** The pause before each retry (default 1 s). */
	public KhaosSimulator uploadRetryDelay(Duration delay) {
		synchronized (lock) {
			settings = new KhaosUploads.Settings(settings.retries(), delay, settings.batchSize(), settings.siteId());
		}
		return this;
	}

	/** Items or statuses per upload post (default 100, the StockStatusUpload maximum). */
	public KhaosSimulator uploadBatchSize(int size) {
		synchronized (lock) {
			settings = new KhaosUploads.Settings(settings.retries(), settings.retryDelay(), Math.max(1, size),
					settings.siteId());
		}
		return this;
	}

	/** The SiteID the simulated stock levels are reported for (default 1). */
	public KhaosSimulator siteId(int siteId) {
		synchronized (lock) {
			settings = new KhaosUploads.Settings(settings.retries(), settings.retryDelay(), settings.batchSize(),
					siteId);
		}
		return this;
	}

	/** A guard against a channel that never stops paging (default 10,000 GETs per poll). */
	public KhaosSimulator maxRequestsPerPoll(int max) {
		synchronized (lock) {
			maxRequestsPerPoll = Math.max(1, max);
		}
		return this;
	}

	/** GETs the EndpointConfig with Basic auth and keeps the URLs it lists. */
	public ChannelEndpoints connect() {
		synchronized (lock) {
			ChannelHttp.Reply reply = http.get(endpointConfigUrl, "");
			if (!reply.ok()) {
				throw new KhaosSimulatorException("EndpointConfig " + endpointConfigUrl + " answered " + reply.status());
			}
			endpoints = ChannelEndpoints.from(parse(reply.body(), "EndpointConfig"), endpointConfigUrl);
			return endpoints;
		}
	}

	/**
	 * One poll cycle: first a StockUpload of the items Khaos users created or changed since the last poll
	 * (their current fields, once each, no StockStatusUpload; not sent again if the post still fails after
	 * the retries), then GETs ProvidedStock, echoing the last {@code Sirion-Continuation} received (none on
	 * first contact), and keeps asking while a reply carries changes and sets a new continuation. Each page
	 * is applied and uploaded back before the next is asked for. Connects first if needed.
	 * @throws KhaosSimulatorException when the channel refuses or sends something unreadable; pages taken
	 * before that stay applied and the continuation stays at the last page received
	 */
	public PollResult pollOnce() {
		synchronized (lock) {
			if (endpoints == null) {
				connect();
			}
			int requests = 0;
			int pages = 0;
			int applied = 0;
			int rejected = 0;
			int failedUploads = uploadChangedInKhaos();
			while (requests < maxRequestsPerPoll) {
				String sent = continuation;
				ChannelHttp.Reply reply = http.get(endpoints.providedStock(), sent);
				requests++;
				if (!reply.ok() && reply.status() != 204) {
					throw new KhaosSimulatorException("ProvidedStock answered " + reply.status());
				}
				StockChangesPage page = StockChangesPage.parse(parse(reply.body(), "ProvidedStock"));
				if (!page.isEmpty()) {
					PageApplier.Outcome outcome = applier.apply(page);
					pages++;
					applied += outcome.applied();
					rejected += outcome.rejected();
					List<KhaosStockItem> changed = outcome.changed().stream().map(id -> store.get(id).orElseThrow())
						.toList();
					failedUploads += uploads.upload(endpoints, changed, store, settings);
				}
				if (!reply.continuation().isEmpty()) {
					continuation = reply.continuation();
				}
				boolean advanced = !reply.continuation().isEmpty() && !reply.continuation().equals(sent);
				if (page.isEmpty() || !advanced) {
					break;
				}
			}
			return new PollResult(requests, pages, applied, rejected, failedUploads);
		}
	}

	/** Polls every {@code every} on a daemon thread until {@link #stopPolling()} or {@link #close()}. */
	public void startPolling(Duration every) {
		synchronized (this) {
			if (poller != null) {
				throw new IllegalStateException("already polling");
			}
			poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "kcc-simulator-poller");
				thread.setDaemon(true);
				return thread;
			});
			poller.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Stops background polling, waiting for a poll in progress to finish. */
	public void stopPolling() {
		ScheduledExecutorService stopping;
		synchronized (this) {
			stopping = poller;
			poller = null;
		}
		if (stopping == null) {
			return;
		}
		stopping.shutdown();
		try {
			stopping.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The last failure of a background poll, if the latest one failed. */
	public Optional<RuntimeException> lastPollFailure() {
		return Optional.ofNullable(lastPollFailure);
	}

	/** Sets the Available level Khaos reports for an item in its next StockStatusUpload (default 0). */
	public void setAvailable(String stockId, double available) {
		synchronized (lock) {
			store.setAvailable(stockId, BigDecimal.valueOf(available));
		}
	}

	/**
	 * Adds an item as a Khaos user would, by hand in Khaos: no Akeneo product made it, so the sync does not
	 * know it when it publishes (a classic source of stock code clashes). It is uploaded at the next
	 * {@link #pollOnce()}, as KCC sends a new item, with only these fields.
	 */
	public void addItemByHand(String stockId, String stockCode, String shortDescription) {
		synchronized (lock) {
			ObjectNode fields = KhaosJson.object().put("StockID", stockId).put("StockCode", stockCode)
				.put("ShortDescription", shortDescription);
			store.put(new KhaosStockItem(stockId, stockCode, fields, KhaosJson.object()));
			changedInKhaos.add(stockId);
		}
	}

	/**
	 * A Khaos user edits a stored item: {@code change} gets a copy of the whole item (StockID, StockCode and
	 * every field, e.g. ShortDescription, SellPrice, Options, Barcodes, StockType1) and changes it in place;
	 * the result replaces the item, which is uploaded with its current fields at the next
	 * {@link #pollOnce()} even when ProvidedStock brings nothing for it. An item our channel updates later
	 * takes the fields sent, as any applied item. To discontinue an item:
	 * {@code editItem(id, item -> item.withObjectProperty("Options").put("Discontinued", true))}.
	 * @return a copy of the item as edited
	 * @throws IllegalArgumentException when no item has this StockID, or when Khaos would refuse the edit
	 * (StockID changed, StockCode missing, too long or held by another item ignoring case, a null, an invalid
	 * ShortDescription, type or price, a stock-controlled SCS parent); the item is then left as it was
	 */
	public KhaosStockItem editItem(String stockId, Consumer<ObjectNode> change) {
		synchronized (lock) {
			KhaosStockItem current = store.get(stockId)
				.orElseThrow(() -> new IllegalArgumentException("No stock item has StockID " + stockId));
			ObjectNode fields = current.fields().deepCopy();
			change.accept(fields);
			if (!KhaosJson.text(fields, "StockID").filter(stockId::equals).isPresent()) {
				throw new IllegalArgumentException(
						"Khaos refuses the edit of " + stockId + ": the StockID is the channel's key, never changed");
			}
			Optional<String> reason = StockRules.checkItem(stockId, fields, false, store)
				.or(() -> StockRules.checkRelationship(stockId, fields, current.relationship(), List.of(), store));
			if (reason.isPresent()) {
				throw new IllegalArgumentException("Khaos refuses the edit of " + stockId + ": " + reason.get());
			}
			String stockCode = KhaosJson.text(fields, "StockCode").orElseThrow();
			store.put(new KhaosStockItem(stockId, stockCode, fields, current.relationship()));
			changedInKhaos.add(stockId);
			return store.get(stockId).orElseThrow().copy();
		}
	}

	/**
	 * Whether a sales order naming these stock codes would import: every code must name a stock item
	 * (matched ignoring case, as codes are unique ignoring case) that is not discontinued.
	 */
	public OrderImportCheck wouldOrderImport(List<String> stockCodes) {
		synchronized (lock) {
			List<String> unknown = new ArrayList<>();
			List<String> discontinued = new ArrayList<>();
			for (String code : stockCodes) {
				Optional<KhaosStockItem> item = store.holderOf(code).flatMap(store::get);
				if (item.isEmpty()) {
					unknown.add(code);
				}
				else if (item.get().discontinued()) {
					discontinued.add(code);
				}
			}
			return new OrderImportCheck(unknown.isEmpty() && discontinued.isEmpty(), unknown, discontinued);
		}
	}

	/** A copy of every stock item, by StockID, in creation order. */
	public Map<String, KhaosStockItem> items() {
		synchronized (lock) {
			return store.snapshot();
		}
	}

	/** A copy of one stock item. */
	public Optional<KhaosStockItem> item(String stockId) {
		synchronized (lock) {
			return store.get(stockId).map(KhaosStockItem::copy);
		}
	}

	/** Every refusal so far, oldest first. */
	public List<Rejection> rejections() {
		return List.copyOf(rejections);
	}

	/** Every HTTP call made to the channel, oldest first. */
	public List<SimulatorRequest> requestsMade() {
		return http.log();
	}

	/** The {@code Sirion-Continuation} the next ProvidedStock GET will send ("" before any). */
	public String continuation() {
		synchronized (lock) {
			return continuation;
		}
	}

	@Override
	public void close() {
		stopPolling();
	}

	/** Uploads, once, the items Khaos users created or changed since the last poll; returns the failed posts. */
	private int uploadChangedInKhaos() {
		if (changedInKhaos.isEmpty()) {
			return 0;
		}
		List<KhaosStockItem> changed = changedInKhaos.stream().map(id -> store.get(id).orElseThrow()).toList();
		changedInKhaos.clear();
		return uploads.uploadItems(endpoints, changed, settings);
	}

	private void pollQuietly() {
		try {
			pollOnce();
			lastPollFailure = null;
		}
		catch (RuntimeException ex) {
			lastPollFailure = ex;
		}
	}

	private static JsonNode parse(String body, String what) {
		try {
			return KhaosJson.parse(body);
		}
		catch (JacksonException ex) {
			throw new KhaosSimulatorException(what + " reply is not JSON: " + ex.getOriginalMessage(), ex);
		}
	}

}
