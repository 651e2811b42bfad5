package com.akeneokhaos.jobs.refresh;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2, done-when 1: 1,000 simple products, 25 defective in different ways, refreshed twice. Each test
 * starts from an empty database and runs the refreshes it is about.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class CatalogueRefreshJobTest extends RefreshJobTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261128L, 1000).withDefectsSpreadEvenly(25);

	@Test
	void firstRunPublishesExactlyTheValidProductsWithTheirMappedFields() throws Exception {
		// when
		JobExecution execution = refresh();
		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		RunSummary summary = summaries.of(execution.getId());
		assertThat(summary.count("read")).isEqualTo(1000);
		assertThat(summary.count("published")).isEqualTo(975);
		assertThat(summary.count("rejected")).isEqualTo(25);
		assertThat(akeneo().requestCount("/api/rest/v1/attributes")).as("reference data read once")
			.isLessThan(30);
		assertThat(akeneo().requestCount("/api/rest/v1/categories")).isLessThan(10);
		Map<String, JsonNode> payloads = RefreshTestSupport.payloads(jdbc, execution.getId());
		assertThat(payloads.keySet()).containsExactlyInAnyOrderElementsOf(catalogue().validUuids());
		catalogue().validUuids()
			.forEach(uuid -> assertMapped(payloads.get(uuid), catalogue().product(uuid).orElseThrow()));
	}

	@Test
	void everyDefectiveProductHasOneExceptionWithTheRightRule() throws Exception {
		// given
		long executionId = refresh().getId();
		// when
		Map<String, List<String>> rules = RefreshTestSupport.rulesByItem(jdbc, executionId);
		// then
		assertThat(rules).hasSize(25);
		catalogue().expectedRejections()
			.forEach((uuid, rule) -> assertThat(rules.get(uuid)).as("rules of %s", uuid).containsExactly(rule.code()));
		assertThat(count("SELECT COUNT(*) FROM sync_exception WHERE message = ''")).isZero();
	}

	@Test
	void secondRunPublishesNothingAndReportsEveryValidProductUnchanged() throws Exception {
		// given
		refresh();
		// when
		JobExecution execution = refresh();
		// then
		RunSummary summary = summaries.of(execution.getId());
		assertThat(summary.status()).isEqualTo("COMPLETED");
		assertThat(summary.count("published")).isZero();
		assertThat(summary.count("unchanged")).isEqualTo(975);
		assertThat(summary.count("rejected")).isEqualTo(25);
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(975);
	}

	private void assertMapped(JsonNode payload, ObjectNode product) {
		JsonNode values = product.get("values");
		String uuid = product.get("uuid").asString();
		assertThat(payload.get("StockID").asString()).isEqualTo(StockIds.forProduct(uuid));
		assertThat(payload.get("StockCode").asString()).isEqualTo(values.get("sku").get(0).get("data").asString());
		assertThat(payload.get("ShortDescription").asString()).isEqualTo(localized(values.get("name"), "en_GB"));
		assertThat(payload.at("/SellPrice/Net").decimalValue()).isEqualByComparingTo(gbp(values.get("price")));
		assertThat(payload.at("/StockType1/Name").asString()).isEqualTo(departmentLabel(product, 1));
		assertThat(payload.at("/StockType2/Name").asString()).isEqualTo(departmentLabel(product, 2));
		assertThat(payload.toString()).doesNotContain("null");
	}

	private static String localized(JsonNode values, String locale) {
		for (JsonNode value : values) {
			if (locale.equals(value.get("locale").asString())) {
				return value.get("data").asString();
			}
		}
		throw new AssertionError("no " + locale + " value");
	}

	private static java.math.BigDecimal gbp(JsonNode values) {
		for (JsonNode price : values.get(0).get("data")) {
			if ("GBP".equals(price.get("currency").asString())) {
				return new java.math.BigDecimal(price.get("amount").asString());
			}
		}
		throw new AssertionError("no GBP price");
	}

	private String departmentLabel(ObjectNode product, int level) {
		ReferenceData reference = catalogue().referenceData();
		return product.get("categories")
			.valueStream()
			.map(code -> reference.categoryPath(code.asString()))
			.filter(path -> !path.isEmpty() && "master".equals(path.get(0).code()))
			.max(java.util.Comparator.comparingInt(List::size))
			.map(path -> path.get(level))
			.map((Category category) -> category.label("en_GB"))
			.orElseThrow();
	}

}
