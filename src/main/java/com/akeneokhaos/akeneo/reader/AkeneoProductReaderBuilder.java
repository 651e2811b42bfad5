package com.akeneokhaos.akeneo.reader;

import com.akeneokhaos.akeneo.AkeneoClient;

import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link AkeneoProductReader}. A client and a name (the prefix of the reader's execution context
 * keys, which must be unique within a step) are required; the search filter is optional.
 */
public final class AkeneoProductReaderBuilder {

	private @Nullable AkeneoClient client;

	private @Nullable String name;

	private @Nullable String searchJson;

	private boolean saveState = true;

	AkeneoProductReaderBuilder() {
	}

	public AkeneoProductReaderBuilder client(AkeneoClient client) {
		this.client = client;
		return this;
	}

	public AkeneoProductReaderBuilder name(String name) {
		this.name = name;
		return this;
	}

	/** An Akeneo {@code search} filter (a JSON object), or null to read every product. */
	public AkeneoProductReaderBuilder search(@Nullable String searchJson) {
		this.searchJson = searchJson;
		return this;
	}

	/** Whether to keep the read position in the execution context (default true). */
	public AkeneoProductReaderBuilder saveState(boolean saveState) {
		this.saveState = saveState;
		return this;
	}

	public AkeneoProductReader build() {
		ReaderSettings.validate(client, name, searchJson);
		return new AkeneoProductReader(client, name, searchJson, saveState);
	}

}
