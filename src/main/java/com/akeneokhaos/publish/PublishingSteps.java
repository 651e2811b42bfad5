package com.akeneokhaos.publish;

import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The chunk step every publishing job runs its models and products through: read, structure/map/validate/claim
 * (the processor), publish to the outbox and ledger, rejected items skipped and recorded, transient database
 * failures retried. The job adds its own listeners and builds it.
 */
public final class PublishingSteps {

	private PublishingSteps() {
	}

	public static <T, P extends ItemProcessor<T, MappedItem> & ChunkPreparation> ChunkOrientedStepBuilder<T, MappedItem> publishing(
			StepBuilder step, PlatformTransactionManager transactionManager, ItemReader<T> reader, P processor,
			PublishingWriter writer, RejectionRecorder<T> rejections, int chunkSize, long skipLimit) {
		return step.<T, MappedItem>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.faultTolerant()
			.retryPolicy(PublishingPolicies.transientDatabaseFailures())
			.skipPolicy(PublishingPolicies.rejectedItems(skipLimit))
			.skipListener(rejections)
			.listener((StepListener) rejections)
			.listener(ChunkPreparation.<T>listener(processor));
	}

}
