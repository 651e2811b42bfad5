package com.akeneokhaos.jobs.refresh;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.structure.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2, done-when 1: 1,000 simple products, 25 defective in different ways, refreshed twice. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueRefreshJobTest extends RefreshJobTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(20261128L, 1000).withDefectsSpreadEvenly(25));

	static final AkeneoSandbox SANDBOX = AkeneoSandbox.start(CATALOGUE);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		RefreshTestSupport.register(registry, SANDBOX, "refresh");
	}

	@AfterAll
	static void stopSandbox() {
		SANDBOX.close();
	}

	@Test
	@Order(1)
	void firstRunPublishesExactlyTheValidProductsWithTheirMappedFields() throws Exception {
		// when
		JobExecution execution = refresh();
		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		RunSummary summary = summaries.of(execution.getId());
		assertThat(summary.count("read")).isEqualTo(1000);
		assertThat(summary.count("published")).isEqualTo(975);
		assertThat(summary.count("rejected")).isEqualTo(25);
		assertThat(SANDBOX.simulator().requestCount("/api/rest/v1/attributes")).as("reference data read once")
			.isLessThan(30);
		assertThat(SANDBOX.simulator().requestCount("/api/rest/v1/categories")).isLessThan(10);
		Map<String, JsonNode> payloads = RefreshTestSupport.payloads(jdbc, execution.getId());
		assertThat(payloads.keySet()).containsExactlyInAnyOrderElementsOf(CATALOGUE.validUuids());
		CATALOGUE.validUuids().forEach(uuid -> assertMapped(payloads.get(uuid), CATALOGUE.product(uuid).orElseThrow()));
	}

	@Test
	@Order(2)
	void everyDefectiveProductHasOneExceptionWithTheRightRule() {
		// given
		long executionId = lastExecutionId();
		// when
		Map<String, List<String>> rules = RefreshTestSupport.rulesByItem(jdbc, executionId);
		// then
		assertThat(rules).hasSize(25);
		CATALOGUE.expectedRejections()
			.forEach((uuid, rule) -> assertThat(rules.get(uuid)).as("rules of %s", uuid).containsExactly(rule.code()));
		assertThat(count("SELECT COUNT(*) FROM sync_exception WHERE message = ''")).isZero();
	}

	@Test
	@Order(3)
	void secondRunPublishesNothingAndReportsEveryValidProductUnchanged() throws Exception {
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

	private long lastExecutionId() {
		return count("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
	}

	private static void assertMapped(JsonNode payload, ObjectNode product) {
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

	private static String departmentLabel(ObjectNode product, int level) {
		ReferenceData reference = CATALOGUE.referenceData();
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
