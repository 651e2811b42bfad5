package com.akeneokhaos.jobs.assets;

import org.springframework.batch.core.listener.SkipListener;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.problems.SyncExceptions.ExceptionContext;
import com.akeneokhaos.problems.Violation;

/** Records each product whose images cannot go to Khaos as exception rows, in the chunk's transaction. */
class ImageRejections implements SkipListener<AkeneoProduct, ImageItem> {

	private final SyncExceptions exceptions;

	private final long jobExecutionId;

	ImageRejections(SyncExceptions exceptions, long jobExecutionId) {
		this.exceptions = exceptions;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public void onSkipInProcess(AkeneoProduct product, Throwable failure) {
		if (failure instanceof ItemRejectedException rejection) {
			ExceptionContext context = new ExceptionContext(jobExecutionId, AssetUrlSyncJobConfiguration.JOB_NAME,
					product.uuid(), product.uuid(), rejection.sku());
			rejection.violations().forEach(violation -> exceptions.record(context, violation));
		}
		else {
			exceptions.record(new ExceptionContext(jobExecutionId, AssetUrlSyncJobConfiguration.JOB_NAME, product.uuid(),
					product.uuid(), null), new Violation(Rule.VALUE_UNREADABLE, "Images", null,
							"The product's images could not be prepared for Khaos: " + failure.getMessage()));
		}
	}

}
