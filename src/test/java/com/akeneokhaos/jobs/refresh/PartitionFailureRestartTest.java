package com.akeneokhaos.jobs.refresh;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.LoggedRequest;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.SavedContexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, done-when 2 and 3: the products read in four partitions at once, one of which Akeneo fails for good
 * from its second page. The run fails; restarted once Akeneo is back, it reads on from where each partition stood:
 * partitions read to their end are not asked for again, the failed one goes on from its last committed product, the restart
 * reads just what the failed run did not commit and every product is published once. Akeneo never had more
 * requests at once than it allows.
 */
class PartitionFailureRestartTest extends RefreshJobTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1515L, 1200).withDefectsSpreadEvenly(12).withModels(4, 2, 3);

	@Test
	void onlyTheFailedPartitionIsReadAgainAndTheRestartEndsExact() throws Exception {
		// given: the first partition to ask for its second page fails from there on
		AtomicReference<String> failing = new AtomicReference<>();
		akeneo().failProductPagesFrom(search -> search != null
				&& (failing.compareAndSet(null, search) || search.equals(failing.get())), 2, 500);
		akeneo().delayResponsesRandomly(1515, Duration.ofMillis(20));

		// when
		JobExecution failed = refresh();

		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		Map<String, Object> saved = SavedContexts.ofStep(jdbc, failed.getId(), "publish-products");
		List<String> plan = SavedContexts.partitions(saved, "akeneo-products");
		assertThat(plan).hasSizeGreaterThanOrEqualTo(4).contains(failing.get());
		List<String> finished = plan.stream().filter(search -> finished(saved, plan, search)).toList();
		long committedBefore = count("SELECT COUNT(*) FROM khaos_outbox WHERE job_execution_id = ? AND item_key NOT LIKE "
				+ "'model:%'", failed.getId()) + count("SELECT COUNT(*) FROM sync_exception WHERE job_execution_id = ? "
						+ "AND item_key NOT LIKE 'model:%'", failed.getId());
		assertThat(committedBefore).isPositive().isLessThan(productCount());

		// given
		akeneo().clearFaults();
		akeneo().resetObservations();

		// when
		JobExecution restarted = restart(failed);

		// then
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(products(restarted).getReadCount()).as("read by the restart")
			.isEqualTo(productCount() - committedBefore);
		assertThat(productListRequests()).noneMatch(request -> finished.contains(searchOf(request)));
		assertThat(productListRequests()).anyMatch(request -> failing.get().equals(searchOf(request)));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE item_key NOT LIKE 'model:%'")
				+ count("SELECT COUNT(DISTINCT item_key) FROM sync_exception WHERE item_key NOT LIKE 'model:%'"))
			.as("every product published or rejected").isEqualTo(productCount());
		assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox")).as("each once")
			.isEqualTo(count("SELECT COUNT(*) FROM khaos_outbox"));
		assertThat(count("SELECT COUNT(*) FROM sync_exception")).as("each rejection once")
			.isEqualTo(count("SELECT COUNT(DISTINCT item_key, rule_code) FROM sync_exception"));
		assertThat(akeneo().maxConcurrentRequests()).isLessThanOrEqualTo(4);
	}

	private long productCount() {
		return catalogue().productCount();
	}

	private static StepExecution products(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("publish-products"))
			.findFirst()
			.orElseThrow();
	}

	private List<String> productListRequests() {
		return akeneo().requestLog()
			.stream()
			.map(LoggedRequest::pathAndQuery)
			.filter(request -> request.startsWith("/api/rest/v1/products-uuid?"))
			.toList();
	}

	private static boolean finished(Map<String, Object> saved, List<String> plan, String search) {
		return saved.containsKey("akeneo-products.p" + (plan.indexOf(search) + 1) + ".finished");
	}

	/** The decoded {@code search} parameter of a request, null when it has none. */
	private static String searchOf(String pathAndQuery) {
		for (String parameter : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
			if (parameter.startsWith("search=")) {
				return URLDecoder.decode(parameter.substring("search=".length()), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
