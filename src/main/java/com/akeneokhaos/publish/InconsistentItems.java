package com.akeneokhaos.publish;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;

import com.akeneokhaos.akeneo.AkeneoApiException;
import com.akeneokhaos.akeneo.AkeneoUnavailableException;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * The safety net under a processor: an item whose Akeneo data trips the sync in a way no rule foresaw is
 * held back with {@code akeneo-data-inconsistent} (and its stack trace logged), never failing the step.
 * Only infrastructure failures go through: Akeneo unavailable or refusing, and database errors, which a
 * restart can get past.
 */
final class InconsistentItems {

	private static final Log logger = LogFactory.getLog(InconsistentItems.class);

	private InconsistentItems() {
	}

	static <T> T guarded(String itemKey, @Nullable String sku, Supplier<T> process) {
		try {
			return process.get();
		}
		catch (ItemRejectedException | AkeneoUnavailableException | AkeneoApiException | DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			logger.warn("Item " + itemKey + " (SKU " + sku + ") held back: its Akeneo data could not be processed", ex);
			throw new ItemRejectedException(itemKey, sku, List.of(inconsistent(ex)));
		}
	}

	private static Violation inconsistent(RuntimeException ex) {
		String what = (ex.getMessage() == null || ex.getMessage().isBlank()) ? ex.getClass().getSimpleName()
				: ex.getMessage();
		return Violation.of(Rule.AKENEO_DATA_INCONSISTENT, null, what, "Akeneo serves this item in a shape the sync "
				+ "cannot read (" + what + "): check the item in Akeneo, save it again there, and tell the sync's "
				+ "maintainers if it still fails.");
	}

}
