package com.akeneokhaos.akeneo.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoFixtures;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.ModelFixtures;

/**
 * One kind of {@link SearchAfterReader}, for the tests of their shared behaviour: the Akeneo list it reads
 * ({@code path}), the JSON and the key of the i-th fixture item, the key of an item it hands out, the
 * execution context key (after the reader's name) of the last item's key, and how to build one reading one
 * search ({@code factory}) or a list of them ({@code searchesFactory}).
 */
record SearchAfterReaderKind(String name, String path, IntFunction<String> json, IntFunction<String> key,
		Function<Object, String> keyOfItem, String lastKeyName, Factory factory, SearchesFactory searchesFactory) {

	static final SearchAfterReaderKind PRODUCTS = new SearchAfterReaderKind("products", "/api/rest/v1/products-uuid",
			AkeneoFixtures::productJson, AkeneoFixtures::uuid,
			keyOf(AkeneoProduct.class, AkeneoProduct::uuid), "last.uuid",
			(client, name, search, saveState) -> AkeneoProductReader.builder()
				.client(client)
				.name(name)
				.search(search)
				.saveState(saveState)
				.build(),
			(client, name, search, searches) -> AkeneoProductReader.builder()
				.client(client)
				.name(name)
				.search(search)
				.searches(searches)
				.build());

	static final SearchAfterReaderKind MODELS = new SearchAfterReaderKind("models", "/api/rest/v1/product-models",
			ModelFixtures::modelJson, ModelFixtures::modelCode,
			keyOf(AkeneoProductModel.class, AkeneoProductModel::code), "last.code",
			(client, name, search, saveState) -> AkeneoProductModelReader.builder()
				.client(client)
				.name(name)
				.search(search)
				.saveState(saveState)
				.build(),
			(client, name, search, searches) -> AkeneoProductModelReader.builder()
				.client(client)
				.name(name)
				.search(search)
				.searches(searches)
				.build());

	static Stream<SearchAfterReaderKind> all() {
		return Stream.of(PRODUCTS, MODELS);
	}

	/** Builds a reader of this kind through its builder; a null client or name is as though never set. */
	@FunctionalInterface
	interface Factory {

		SearchAfterReader<?> build(@Nullable AkeneoClient client, @Nullable String name, @Nullable String search,
				boolean saveState);

	}

	/**
	 * Builds a reader of this kind, saving its state, through its builder given a list of searches and
	 * {@code search} too: null there is as though never set, anything else is a search next to the list.
	 */
	@FunctionalInterface
	interface SearchesFactory {

		SearchAfterReader<?> build(AkeneoClient client, String name, @Nullable String search, List<String> searches);

	}

	/** The JSON of the fixture items {@code fromInclusive} to {@code toExclusive}. */
	List<String> items(int fromInclusive, int toExclusive) {
		return IntStream.range(fromInclusive, toExclusive).mapToObj(json).toList();
	}

	/** A list page of the fixture items {@code fromInclusive} to {@code toExclusive}. */
	String page(int fromInclusive, int toExclusive, @Nullable String nextHref) {
		return AkeneoFixtures.page(items(fromInclusive, toExclusive), nextHref);
	}

	/** The keys of the fixture items {@code fromInclusive} to {@code toExclusive}. */
	List<String> keys(int fromInclusive, int toExclusive) {
		return IntStream.range(fromInclusive, toExclusive).mapToObj(key).toList();
	}

	/** The keys of the fixture items of consecutive ranges, given as {@code from, to} pairs. */
	List<String> keysOfRanges(int... bounds) {
		return IntStream.range(0, bounds.length / 2)
			.mapToObj(pair -> keys(bounds[2 * pair], bounds[2 * pair + 1]))
			.flatMap(List::stream)
			.toList();
	}

	/**
	 * Opens the reader on the context, reads up to {@code max} items, saves the position and closes it; returns
	 * the keys of the items read.
	 */
	List<String> read(SearchAfterReader<?> reader, ExecutionContext context, int max) {
		reader.open(context);
		List<String> read = new ArrayList<>();
		Object item;
		while (read.size() < max && (item = reader.read()) != null) {
			read.add(keyOf(item));
		}
		reader.update(context);
		reader.close();
		return read;
	}

	/** The key of an item a reader of this kind handed out. */
	String keyOf(Object item) {
		return keyOfItem.apply(item);
	}

	@Override
	public String toString() {
		return name;
	}

	private static <T> Function<Object, String> keyOf(Class<T> type, Function<T, String> key) {
		return item -> key.apply(type.cast(item));
	}

}
