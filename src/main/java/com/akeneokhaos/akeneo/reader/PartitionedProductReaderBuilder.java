package com.akeneokhaos.akeneo.reader;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import com.akeneokhaos.akeneo.AkeneoClient;

/**
 * Builds a {@link PartitionedProductReader}: a client, a name (the prefix of its execution context keys, unique
 * within a step) and optionally the number of partitions (default {@code akeneo.read-partitions}), from 1 to the
 * client's in-flight limit (a partition more than Akeneo serves at once would only wait for the others).
 */
public final class PartitionedProductReaderBuilder {

	private @Nullable AkeneoClient client;

	private @Nullable String name;

	private @Nullable Integer partitions;

	PartitionedProductReaderBuilder() {
	}

	public PartitionedProductReaderBuilder client(AkeneoClient client) {
		this.client = client;
		return this;
	}

	public PartitionedProductReaderBuilder name(String name) {
		this.name = name;
		return this;
	}

	/** Up to how many partitions the products are read in at once (default: the client's read partitions). */
	public PartitionedProductReaderBuilder partitions(int partitions) {
		this.partitions = partitions;
		return this;
	}

	public PartitionedProductReader build() {
		ReaderSettings.validate(client, name, null, null);
		int parts = (partitions != null) ? partitions : client.readPartitions();
		Assert.isTrue(parts >= 1 && parts <= client.maxInFlight(), () -> "The products are read in 1 to "
				+ client.maxInFlight() + " partitions (akeneo.max-in-flight), not " + parts);
		return new PartitionedProductReader(client, name, parts);
	}

}
