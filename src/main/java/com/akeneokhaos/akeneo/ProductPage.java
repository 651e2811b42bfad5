package com.akeneokhaos.akeneo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of products and the opaque URL of the next one ({@code _links.next.href}), null on the last
 * page. The next URL is a {@code search_after} cursor: follow or store it as is, never rebuild it.
 */
record ProductPage(List<AkeneoProduct> items, @Nullable String nextUrl) implements CursorPage<AkeneoProduct> {

	public ProductPage {
		items = List.copyOf(items);
	}

	public boolean isLast() {
		return nextUrl == null;
	}

}
