package com.akeneokhaos.akeneo.reader;

import com.akeneokhaos.akeneo.AkeneoClient;

import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link AkeneoProductModelReader}. A client and a name (the prefix of the reader's execution
 * context keys, which must be unique within a step) are required; the search filter is optional.
 */
public final class AkeneoProductModelReaderBuilder {

	private @Nullable AkeneoClient client;

	private @Nullable String name;

	private @Nullable String searchJson;

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

	/** An Akeneo {@code search} filter (a JSON object), or null to read every product model. */
	public AkeneoProductModelReaderBuilder search(@Nullable String searchJson) {
		this.searchJson = searchJson;
		return this;
	}

	/** Whether to keep the read position in the execution context (default true). */
	public AkeneoProductModelReaderBuilder saveState(boolean saveState) {
		this.saveState = saveState;
		return this;
	}

	public AkeneoProductModelReader build() {
		ReaderSettings.validate(client, name, searchJson);
		return new AkeneoProductModelReader(client, name, searchJson, saveState);
	}

}
