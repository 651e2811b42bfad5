package com.akeneokhaos.sync;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.sync.SyncExceptions.ExceptionContext;
import com.akeneokhaos.sync.validation.ItemRejectedException;
import com.akeneokhaos.sync.validation.Rule;
import com.akeneokhaos.sync.validation.Violation;

/**
 * Stores every skipped product as exception rows. Batch calls it inside the chunk's transaction, so a
 * rejection is recorded exactly when the chunk that skipped it commits. The one exception: the chunk
 * that exceeds the skip limit rolls back and fails the run, and its rejections are then stored in a
 * transaction of their own, so the operator sees exactly the products that stopped the run.
 */
public class RejectionRecorder implements SkipListener<AkeneoProduct, MappedItem>, ChunkListener<AkeneoProduct, MappedItem> {

	private final SyncExceptions exceptions;

	private final TransactionTemplate separateTransaction;

	private final long jobExecutionId;

	private final String jobName;

	private final List<Recorded> thisChunk = new ArrayList<>();

	public RejectionRecorder(SyncExceptions exceptions, PlatformTransactionManager transactionManager,
			long jobExecutionId, String jobName) {
		this.exceptions = exceptions;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jobExecutionId = jobExecutionId;
		this.jobName = jobName;
	}

	@Override
	public void beforeChunk(Chunk<AkeneoProduct> chunk) {
		thisChunk.clear();
	}

	@Override
	public void onSkipInProcess(AkeneoProduct product, Throwable failure) {
		List<Recorded> rows = rows(product.uuid(), failure);
		rows.forEach(row -> exceptions.record(row.context(), row.violation()));
		thisChunk.addAll(rows);
	}

	@Override
	public void onChunkError(Exception exception, Chunk<MappedItem> chunk) {
		if (exception instanceof SkipLimitExceededException limit) {
			List<Recorded> rows = new ArrayList<>(thisChunk);
			if (limit.getCause() instanceof ItemRejectedException last) {
				rows.addAll(rows(last.itemKey(), last));
			}
			separateTransaction.executeWithoutResult(status -> rows
				.forEach(row -> exceptions.record(row.context(), row.violation())));
		}
		thisChunk.clear();
	}

	private List<Recorded> rows(String uuid, Throwable failure) {
		if (failure instanceof ItemRejectedException rejection) {
			ExceptionContext context = new ExceptionContext(jobExecutionId, jobName, rejection.itemKey(), uuid,
					rejection.sku());
			return rejection.violations().stream().map(violation -> new Recorded(context, violation)).toList();
		}
		ExceptionContext context = new ExceptionContext(jobExecutionId, jobName, uuid, uuid, null);
		return List.of(new Recorded(context, new Violation(Rule.VALUE_UNREADABLE, null, null,
				"The product could not be prepared for Khaos: " + failure.getMessage())));
	}

	private record Recorded(ExceptionContext context, Violation violation) {
	}

}
