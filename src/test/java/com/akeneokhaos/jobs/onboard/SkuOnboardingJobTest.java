package com.akeneokhaos.jobs.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

/**
 * sku-onboarding end to end through both simulators: statuses and reasons shown in Akeneo, a SKU released only once
 * Khaos holds it, and each product's status written once.
 */
class SkuOnboardingJobTest extends OnboardingTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1212L, 6);

	@Test
	void aValidNewProductIsReleasedOnlyOnceKhaosConfirmsItThenSoldInKhaos() throws Exception {
		// given a new product, disabled until it is released
		String uuid = catalogue().validUuids().get(0);
		akeneo().disableProduct(uuid);

		// when
		JobExecution published = onboard();
		String statusBeforeKhaos = status(uuid).orElse("");
		boolean releasedBeforeKhaos = released(uuid) || enabled(uuid);
		khaos().pollOnce();
		boolean releasedBeforeNextRun = released(uuid) || enabled(uuid);
		boolean discontinuedInKhaos = khaos().item(StockIds.forProduct(uuid)).orElseThrow().discontinued();
		JobExecution released = onboard();
		khaos().pollOnce();

		// then
		assertThat(published.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(statusBeforeKhaos).isEqualTo("pending");
		assertThat(releasedBeforeKhaos).isFalse();
		assertThat(releasedBeforeNextRun).isFalse();
		assertThat(released.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(status(uuid)).contains("confirmed");
		assertThat(message(uuid)).isEmpty();
		assertThat(enabled(uuid)).isTrue();
		assertThat(released(uuid)).isTrue();
		assertThat(product(uuid).path("values").path("web_visible").path(0).path("data").asBoolean()).isTrue();
		assertThat(discontinuedInKhaos).isTrue();
		KhaosStockItem item = khaos().item(StockIds.forProduct(uuid)).orElseThrow();
		assertThat(item.discontinued()).isFalse();
		assertThat(khaos().wouldOrderImport(List.of(item.stockCode())).ok()).isTrue();
		assertThat(summaries.of(released.getId()).count("released")).isEqualTo(CATALOGUE.productCount());
	}

	@Test
	void releasingKeepsTheCategoriesTheProductHad() throws Exception {
		// given
		String uuid = catalogue().validUuids().get(1);
		JsonNode categoriesBefore = product(uuid).path("categories").deepCopy();
		onboard();
		khaos().pollOnce();

		// when
		onboard();

		// then
		assertThat(product(uuid).path("categories").valueStream().map(JsonNode::asString))
			.containsAll(categoriesBefore.valueStream().map(JsonNode::asString).toList())
			.contains(WEB_SHOP);
	}

	@Test
	void anInvalidProductShowsWhyAndIsReleasedOnceFixed() throws Exception {
		// given a new product without a name (Khaos needs a short description)
		String uuid = catalogue().validUuids().get(2);
		JsonNode name = product(uuid).path("values").path("name").deepCopy();
		akeneo().updateProduct(uuid, product -> ((ObjectNode) product.get("values")).remove("name"));

		// when
		onboard();
		String rejectedStatus = status(uuid).orElse("");
		String reason = message(uuid).orElse("");
		long outboxEntries = count("SELECT COUNT(*) FROM khaos_outbox WHERE item_key = ?", uuid);
		akeneo().updateProduct(uuid, product -> ((ObjectNode) product.get("values")).set("name", name));
		onboard();
		String fixedStatus = status(uuid).orElse("");
		boolean releasedBeforeKhaos = released(uuid);
		khaos().pollOnce();
		onboard();

		// then
		assertThat(rejectedStatus).isEqualTo("rejected");
		assertThat(reason).isEqualTo(jdbc.sql("SELECT message FROM sync_exception WHERE item_key = ?")
			.param(uuid)
			.query(String.class)
			.single()).contains("short description");
		assertThat(outboxEntries).isZero();
		assertThat(fixedStatus).isEqualTo("pending");
		assertThat(releasedBeforeKhaos).isFalse();
		assertThat(status(uuid)).contains("confirmed");
		assertThat(message(uuid)).isEmpty();
		assertThat(released(uuid)).isTrue();
	}

	@Test
	void anItemKhaosRefusesShowsRejectedAndIsNeverReleased() throws Exception {
		// given a product whose stock code a Khaos user created by hand in other letter case
		String uuid = catalogue().validUuids().get(3);
		akeneo().disableProduct(uuid);
		onboard();
		String sku = product(uuid).path("values").path("sku").path(0).path("data").asString();
		khaos().addItemByHand("HAND-1", sku.toLowerCase(Locale.ROOT), "Made by hand");

		// when
		khaos().pollOnce();
		onboard();
		khaos().pollOnce();
		onboard();

		// then
		assertThat(khaos().item(StockIds.forProduct(uuid))).isEmpty();
		assertThat(status(uuid)).contains("rejected");
		assertThat(message(uuid).orElse("")).contains(sku).contains("Khaos");
		assertThat(released(uuid)).isFalse();
		assertThat(enabled(uuid)).isFalse();
	}

	@Test
	void theRefreshAndTheDeltaWriteNothingBackUnlessTheyAreConfigured() throws Exception {
		// given the defaults: only sku-onboarding writes back

		// when
		refresh();
		delta();

		// then
		assertThat(akeneo().patches()).isEmpty();
		assertThat(catalogue().uuids()).allSatisfy(uuid -> assertThat(status(uuid)).isEmpty());
	}

	@Test
	void eachStatusIsWrittenOnceAndUnchangedStatusesAreNotSentAgain() throws Exception {
		// given
		onboard();
		khaos().pollOnce();
		onboard();
		int linesSoFar = patchedUuids().size();

		// when nothing changed
		JobExecution third = onboard();

		// then every product got pending, then confirmed with its release: two lines each, none since
		assertThat(linesSoFar).isEqualTo(2 * CATALOGUE.productCount());
		assertThat(patchedUuids()).hasSize(linesSoFar);
		assertThat(summaries.of(third.getId()).count("writtenBackToAkeneo")).isZero();
		assertThat(count("SELECT COUNT(*) FROM sync_write_back WHERE job_execution_id = ?", third.getId())).isZero();
	}

}
