package com.akeneokhaos.sandbox.khaos;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A test-side Khaos Control Cloud that drives our "Web Services" channel the way KCC does: it fetches the
 * channel's EndpointConfig (JSON) with HTTP Basic, GETs ProvidedStock following {@code Sirion-Continuation},
 * applies the {@code StockChanges} to its own stock under the Khaos rules (refusals are logged in
 * {@link #rejections()}), then POSTs StockUpload and, for stock-controlled items, StockStatusUpload back,
 * retrying any reply other than 200. It can also tell whether a sales order for some stock codes would
 * import. Poll on demand with {@link #pollOnce()} or every N seconds with {@link #startPolling(Duration)}.
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
	 * One poll cycle: GETs ProvidedStock, echoing the last {@code Sirion-Continuation} received (none on
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
			int failedUploads = 0;
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
	 * Adds an item as a Khaos user would, by hand in Khaos: it is not uploaded to the channel, so the
	 * sync does not know it exists (a classic source of stock code clashes).
	 */
	public void addItemByHand(String stockId, String stockCode, String shortDescription) {
		synchronized (lock) {
			store.put(new KhaosStockItem(stockId, stockCode, KhaosJson.object().put("ShortDescription", shortDescription),
					KhaosJson.object()));
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
