package com.akeneokhaos.khaos;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.akeneokhaos.outbox.OutboxPages;
import com.akeneokhaos.outbox.ProvidedStockPage;

/**
 * ProvidedStock: KCC takes our pending stock changes, a page at a time. The {@code Sirion-Continuation}
 * header we set names the page; KCC echoing it on its next request acknowledges that page.
 */
@RestController
class ProvidedStockEndpoint {

	static final String CONTINUATION = "Sirion-Continuation";

	private final ChannelProperties properties;

	private final OutboxPages pages;

	private final StockChanges stockChanges;

	ProvidedStockEndpoint(ChannelProperties properties, OutboxPages pages, StockChanges stockChanges) {
		this.properties = properties;
		this.pages = pages;
		this.stockChanges = stockChanges;
	}

	@GetMapping("/" + EndpointConfig.PROVIDED_STOCK)
	ResponseEntity<String> providedStock(
			@RequestHeader(name = CONTINUATION, required = false) @Nullable String token) {
		ProvidedStockPage page = pages.next(token, properties.pageSize());
		return ResponseEntity.ok()
			.header(CONTINUATION, page.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(stockChanges.render(page.rows()));
	}

}
