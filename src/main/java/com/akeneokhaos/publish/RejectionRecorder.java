package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.problems.SyncExceptions.ExceptionContext;
import com.akeneokhaos.problems.Violation;

/**
 * Stores every skipped product as exception rows. Batch calls it inside the chunk's transaction, so a
 * rejection is recorded exactly when the chunk that skipped it commits. The one exception: the chunk
 * that exceeds the skip limit rolls back and fails the run, and its rejections are then stored in a
 * transaction of their own, so the operator sees exactly the products that stopped the run.
 */
public class RejectionRecorder<T> implements SkipListener<T, MappedItem>, ChunkListener<T, MappedItem> {

	private final SyncExceptions exceptions;

	private final TransactionTemplate separateTransaction;

	private final PublishingRun run;

	private final Function<T, @Nullable String> uuidOf;

	private final Ledger ledger;

	private final List<Recorded> thisChunk = new ArrayList<>();

	/** For products: the exception rows carry the product uuid. */
	public static RejectionRecorder<AkeneoProduct> forProducts(SyncExceptions exceptions, Ledger ledger,
			PlatformTransactionManager transactionManager, PublishingRun run) {
		return new RejectionRecorder<>(exceptions, ledger, transactionManager, run, AkeneoProduct::uuid);
	}

	/** For product models: their exception rows carry no uuid. */
	public static RejectionRecorder<AkeneoProductModel> forModels(SyncExceptions exceptions, Ledger ledger,
			PlatformTransactionManager transactionManager, PublishingRun run) {
		return new RejectionRecorder<>(exceptions, ledger, transactionManager, run, model -> null);
	}

	/** A rejected item that Khaos already holds is marked as seen in this run, so it is not retired. */
	public RejectionRecorder(SyncExceptions exceptions, Ledger ledger,
			PlatformTransactionManager transactionManager, PublishingRun run, Function<T, @Nullable String> uuidOf) {
		this.ledger = ledger;
		this.uuidOf = uuidOf;
		this.exceptions = exceptions;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.run = run;
	}

	@Override
	public void beforeChunk(Chunk<T> chunk) {
		thisChunk.clear();
	}

	@Override
	public void onSkipInProcess(T item, Throwable failure) {
		List<Recorded> rows = rows(uuidOf.apply(item), failure);
		rows.forEach(row -> exceptions.record(row.context(), row.violation()));
		thisChunk.addAll(rows);
		if (failure instanceof ItemRejectedException rejection) {
			ledger.recordSeen(List.of(rejection.itemKey()), run.jobExecutionId(), run.readsEverything());
		}
	}

	@Override
	public void onChunkError(Exception exception, Chunk<MappedItem> chunk) {
		if (exception instanceof SkipLimitExceededException limit) {
			List<Recorded> rows = new ArrayList<>(thisChunk);
			if (limit.getCause() instanceof ItemRejectedException last) {
				rows.addAll(rows(ItemKeys.isModel(last.itemKey()) ? null : last.itemKey(), last));
			}
			separateTransaction.executeWithoutResult(status -> rows
				.forEach(row -> exceptions.record(row.context(), row.violation())));
		}
		thisChunk.clear();
	}

	private List<Recorded> rows(@Nullable String uuid, Throwable failure) {
		if (failure instanceof ItemRejectedException rejection) {
			ExceptionContext context = new ExceptionContext(run.jobExecutionId(), run.jobName(), rejection.itemKey(), uuid,
					rejection.sku());
			return rejection.violations().stream().map(violation -> new Recorded(context, violation)).toList();
		}
		String key = (uuid != null) ? uuid : "unknown";
		ExceptionContext context = new ExceptionContext(run.jobExecutionId(), run.jobName(), key, uuid, null);
		return List.of(new Recorded(context, new Violation(Rule.VALUE_UNREADABLE, null, null,
				"The product could not be prepared for Khaos: " + failure.getMessage())));
	}

	private record Recorded(ExceptionContext context, Violation violation) {
	}

}
