package com.akeneokhaos.jobs.refresh;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.FieldMapping;
import com.akeneokhaos.catalogue.mapping.KhaosField;
import com.akeneokhaos.catalogue.mapping.Ownership;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2, done-when 4: no Khaos-owned ({@code never}) field ever reaches the outbox, and
 * {@code on-create} fields go out when an item is created and never in a later update.
 */
class FieldOwnershipInOutboxTest extends RefreshJobTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(99L, 150);

	@Autowired
	CatalogueMapping mapping;

	@Test
	void createsCarryOnCreateFieldsUpdatesDoNotAndNothingKhaosOwnedEverGoesOut() throws Exception {
		// given
		List<String> neverPaths = KhaosField.all()
			.stream()
			.filter(field -> field.allowed().equals(List.of(Ownership.NEVER)))
			.map(KhaosField::path)
			.toList();
		List<String> onCreatePaths = mapping.fields()
			.stream()
			.filter(field -> field.owner() == Ownership.ON_CREATE)
			.map(FieldMapping::path)
			.toList();
		assertThat(mapping.fields()).anyMatch(field -> field.owner() == Ownership.NEVER);
		assertThat(onCreatePaths).contains("BuyPrice.Net", "Options.StockControlled");
		// when
		JobExecution first = refresh();
		List<String> renamed = catalogue().validUuids().subList(0, 7);
		renamed.forEach(uuid -> akeneo().updateProduct(uuid, FieldOwnershipInOutboxTest::rename));
		JobExecution second = refresh();
		// then
		Map<String, JsonNode> creates = RefreshTestSupport.payloads(jdbc, first.getId());
		Map<String, JsonNode> updates = RefreshTestSupport.payloads(jdbc, second.getId());
		assertThat(creates).hasSize(catalogue().validUuids().size());
		assertThat(updates).containsOnlyKeys(renamed);
		creates.values().forEach(payload -> {
			assertThat(absent(payload, neverPaths)).containsExactlyElementsOf(neverPaths);
			assertThat(payload.at("/Options/StockControlled").isBoolean()).isTrue();
			assertThat(payload.at("/TaxRate/Name").isString()).isTrue();
		});
		updates.values().forEach(payload -> {
			assertThat(absent(payload, neverPaths)).containsExactlyElementsOf(neverPaths);
			assertThat(absent(payload, onCreatePaths)).containsExactlyElementsOf(onCreatePaths);
			assertThat(payload.get("ShortDescription").asString()).startsWith("Renamed ");
			assertThat(payload.has("StockCode")).isTrue();
		});
	}

	private static List<String> absent(JsonNode payload, List<String> paths) {
		return paths.stream().filter(path -> payload.at("/" + path.replace('.', '/')).isMissingNode()).toList();
	}

	private static void rename(ObjectNode product) {
		for (JsonNode value : product.get("values").get("name")) {
			((ObjectNode) value).put("data", "Renamed " + value.get("data").asString());
		}
	}

}
