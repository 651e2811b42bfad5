package com.akeneokhaos.akeneo.reader;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import com.akeneokhaos.akeneo.AkeneoClient;

/**
 * Builds an {@link AkeneoProductModelReader}. A client and a name (the prefix of the reader's execution context
 * keys, which must be unique within a step) are required. What it reads is optional: every product model, the
 * product models of one search filter ({@link #search}), or the union of several ({@link #searches}), which a delta
 * job needs because Akeneo cannot OR conditions on different properties in one search.
 */
public final class AkeneoProductModelReaderBuilder {

	private @Nullable AkeneoClient client;

	private @Nullable String name;

	private @Nullable String searchJson;

	private @Nullable List<String> searchJsons;

	private boolean saveState = true;

	AkeneoProductModelReaderBuilder() {
	}

	public AkeneoProductModelReaderBuilder client(AkeneoClient client) {
		this.client = client;
		return this;
	}

	public AkeneoProductModelReaderBuilder name(String name) {
		this.name = name;
		return this;
	}

	/**
	 * An Akeneo {@code search} filter (a JSON object), or null to read every product model. Exclusive with
	 * {@link #searches}: {@link #build} refuses a non-null filter next to a list.
	 */
	public AkeneoProductModelReaderBuilder search(@Nullable String searchJson) {
		this.searchJson = searchJson;
		return this;
	}

	/**
	 * Several Akeneo {@code search} filters (JSON objects), read one after the other, each to its end: the reader
	 * hands out their union, each product model once per session (see {@link AkeneoProductModelReader}). An empty list
	 * reads nothing, for a job that has nothing to look at. Exclusive with a non-null {@link #search}.
	 */
	public AkeneoProductModelReaderBuilder searches(List<String> searchJsons) {
		Assert.notNull(searchJsons, "The list of search filters must not be null: give an empty list to read nothing");
		this.searchJsons = new ArrayList<>(searchJsons);
		return this;
	}

	/** Whether to keep the read position in the execution context (default true). */
	public AkeneoProductModelReaderBuilder saveState(boolean saveState) {
		this.saveState = saveState;
		return this;
	}

	public AkeneoProductModelReader build() {
		List<@Nullable String> searches = ReaderSettings.validate(client, name, searchJson, searchJsons);
		return new AkeneoProductModelReader(client, name, searches, saveState);
	}

}
