package com.akeneokhaos.monitor;

import org.springframework.batch.core.observability.BatchMetrics;
import org.springframework.stereotype.Component;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;

/**
 * Gives Spring Batch's {@code spring.batch.item.read} observation of a read that failed the step its
 * {@code status} tag ({@code FAILURE}): Batch 6 leaves it out when the reader's exception ends the step, and the
 * Prometheus registry refuses a meter whose tag keys differ from the others of its name, so the failed read (the one
 * an operator looks for) would not be counted at all.
 */
@Component
class FailedReadObservations implements ObservationFilter {

	private static final String ITEM_READ = BatchMetrics.METRICS_PREFIX + "item.read";

	private static final String STATUS = ITEM_READ + ".status";

	@Override
	public Observation.Context map(Observation.Context context) {
		if (ITEM_READ.equals(context.getName()) && context.getLowCardinalityKeyValue(STATUS) == null) {
			context.addLowCardinalityKeyValue(KeyValue.of(STATUS, BatchMetrics.STATUS_FAILURE));
		}
		return context;
	}

}
