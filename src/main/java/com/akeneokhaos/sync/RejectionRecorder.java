package com.akeneokhaos.sync;

import org.springframework.batch.core.listener.SkipListener;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.sync.SyncExceptions.ExceptionContext;
import com.akeneokhaos.sync.validation.ItemRejectedException;
import com.akeneokhaos.sync.validation.Rule;
import com.akeneokhaos.sync.validation.Violation;

/**
 * Stores every skipped product as exception rows. Batch calls it inside the chunk's transaction, so a
 * rejection is recorded exactly when the chunk that skipped it commits.
 */
public class RejectionRecorder implements SkipListener<AkeneoProduct, MappedItem> {

	private final SyncExceptions exceptions;

	private final long jobExecutionId;

	private final String jobName;

	public RejectionRecorder(SyncExceptions exceptions, long jobExecutionId, String jobName) {
		this.exceptions = exceptions;
		this.jobExecutionId = jobExecutionId;
		this.jobName = jobName;
	}

	@Override
	public void onSkipInProcess(AkeneoProduct product, Throwable failure) {
		if (failure instanceof ItemRejectedException rejection) {
			ExceptionContext context = new ExceptionContext(jobExecutionId, jobName, rejection.itemKey(),
					product.uuid(), rejection.sku());
			rejection.violations().forEach(violation -> exceptions.record(context, violation));
		}
		else {
			ExceptionContext context = new ExceptionContext(jobExecutionId, jobName, product.uuid(), product.uuid(),
					null);
			exceptions.record(context, new Violation(Rule.VALUE_UNREADABLE, null, null,
					"The product could not be prepared for Khaos: " + failure.getMessage()));
		}
	}

}
