package com.akeneokhaos.publish;

import java.util.List;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A processor that asks the ledger, in a few queries before a chunk's items are processed, what those
 * items will ask it one by one, and lets go of the answers once the chunk is written: the database is then
 * asked per chunk, not per item.
 */
public interface ChunkPreparation {

	/** Before the chunk's items are processed. */
	void prepare(List<?> items);

	/** After the chunk's items were written (its transaction commits next). */
	void written(List<?> items);

	/** Calls {@link #prepare} before each chunk and {@link #written} after it, for a step. */
	static <I> ChunkListener<I, MappedItem> listener(ChunkPreparation preparation) {
		return new ChunkListener<>() {

			@Override
			public void beforeChunk(Chunk<I> chunk) {
				preparation.prepare(chunk.getItems());
			}

			@Override
			public void afterChunk(Chunk<MappedItem> chunk) {
				preparation.written(chunk.getItems());
			}

		};
	}

}
