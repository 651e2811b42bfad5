package com.akeneokhaos.akeneo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a {@code search_after} list and the opaque URL of the next one, null on the last page.
 * @param <T> the item type
 */
public interface CursorPage<T> {

	List<T> items();

	@Nullable String nextUrl();

}
