package com.akeneokhaos.akeneo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;

/**
 * Reads Akeneo products page by page ({@code search_after}, primary-key order) for a chunk-oriented step.
 * <p>
 * It is restartable: the execution context keeps the URL of the page being consumed, the index of the next
 * item in it, the next page's URL and the uuid of the last item read. It keeps URLs rather than a count of
 * items read because the {@code search_after} cursor is opaque and has no offset: resuming from a count
 * would re-read every page from the start, and products created or deleted meanwhile would shift the
 * count so that items are read twice or skipped. A page URL is a fixed position in key order, so a restart
 * re-fetches just that page and continues right after the last committed item (re-aligned on its uuid if
 * the page changed in between). Not thread-safe: use it in a single-threaded step.
 */
public class AkeneoProductReader extends AbstractItemStreamItemReader<AkeneoProduct> {

	private static final Log logger = LogFactory.getLog(AkeneoProductReader.class);

	private final AkeneoClient client;

	private final @Nullable String searchJson;

	private final boolean saveState;

	private @Nullable String pageUrl;

	private @Nullable ProductPage page;

	private int index;

	private @Nullable String lastUuid;

	AkeneoProductReader(AkeneoClient client, String name, @Nullable String searchJson, boolean saveState) {
		this.client = client;
		this.searchJson = searchJson;
		this.saveState = saveState;
		setName(name);
	}

	public static AkeneoProductReaderBuilder builder() {
		return new AkeneoProductReaderBuilder();
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ReadPosition saved = saveState ? ReadPosition.load(executionContext, this::getExecutionContextKey) : null;
		ReadPosition start = (saved != null) ? saved
				: new ReadPosition(client.productsFirstPageUrl(searchJson), 0, null, null);
		this.pageUrl = start.pageUrl();
		this.index = start.index();
		this.lastUuid = start.lastUuid();
		this.page = null;
	}

	@Override
	public @Nullable AkeneoProduct read() {
		while (pageUrl != null) {
			ProductPage current = (page != null) ? page : fetch(pageUrl);
			if (index < current.items().size()) {
				AkeneoProduct product = current.items().get(index++);
				lastUuid = product.uuid();
				return product;
			}
			pageUrl = current.nextUrl();
			page = null;
			index = 0;
		}
		return null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		if (saveState) {
			position().save(executionContext, this::getExecutionContextKey);
		}
	}

	@Override
	public void close() {
		page = null;
	}

	private ReadPosition position() {
		if (page != null && index >= page.items().size()) {
			return new ReadPosition(page.nextUrl(), 0, null, lastUuid);
		}
		return new ReadPosition(pageUrl, index, (page != null) ? page.nextUrl() : null, lastUuid);
	}

	private ProductPage fetch(String url) {
		ProductPage fetched = client.productsPage(url);
		if (index > 0 && lastUuid != null) {
			index = realign(fetched.items(), lastUuid, index);
		}
		page = fetched;
		return fetched;
	}

	private static int realign(List<AkeneoProduct> items, String lastUuid, int index) {
		if (index <= items.size() && items.get(index - 1).uuid().equals(lastUuid)) {
			return index;
		}
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).uuid().equals(lastUuid)) {
				logger.info("Akeneo page changed since the last commit; resuming after product " + lastUuid);
				return i + 1;
			}
		}
		logger.warn("Last committed product " + lastUuid + " is no longer on its page; resuming at item " + index);
		return index;
	}

}
