package com.akeneokhaos.jobs.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's done-when list: a clean system reconciles to zero drift; each kind of drift planted in Khaos (as a
 * user edits there) or in Akeneo is found with its action, and once Khaos has taken the corrections the next
 * run finds only what is reported, never corrected; a dry run changes no table but its report's; the HTML
 * report says what the JSON says.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class ReconciliationJobTest extends ReconciliationTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261202L, 60).withModels(2, 1, 3);

	private static final List<String> TABLES = List.of("sync_ledger", "sync_ledger_history", "khaos_outbox",
			"sync_exception", "khaos_mirror_item");

	@Test
	void aCleanSystemReconcilesToNoDriftAndPublishesNothing() throws Exception {
		// given
		synced();

		// when
		JobExecution run = reconcile();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(drift(run)).isEmpty();
		assertThat(published(run)).isEmpty();
	}

	@Test
	void eachKindOfDriftIsFoundWithItsActionAndCorrectionsLeaveNone() throws Exception {
		// given
		synced();
		List<String> simples = enabledSimples();
		String editedInKhaos = StockIds.forProduct(simples.get(0));
		khaos().editItem(editedInKhaos, item -> item.put("ShortDescription", "Typed over in Khaos"));
		khaos().editItem(StockIds.forProduct(simples.get(1)), item -> item.withObject("/BuyPrice").put("Net", 1.23));
		khaos().addItemByHand("K-ONLY-1", "MADE-IN-KHAOS", "Made in Khaos");
		khaos().addItemByHand("K-HELD-1", "HELD-BY-KHAOS", "Made in Khaos first");
		khaos().pollOnce();
		akeneo().addProduct(newProduct("00000000-0000-4000-8000-0000000000a3", "NEVER-CONFIRMED", simples.get(5)));
		refresh();
		akeneo().disableProduct(simples.get(2));
		akeneo().removeProduct(simples.get(3));
		akeneo().updateProduct(simples.get(4), product -> ((ObjectNode) product.get("values")).remove("name"));
		akeneo().addProduct(newProduct("00000000-0000-4000-8000-0000000000a1", "HELD-BY-KHAOS", simples.get(5)));
		akeneo().addProduct(newProduct("00000000-0000-4000-8000-0000000000a2", "NEW-IN-AKENEO", simples.get(5)));

		// when
		JobExecution first = reconcile();
		khaos().pollOnce();
		JobExecution second = reconcile();

		// then
		Map<String, List<String>> found = drift(first);
		assertThat(found.get("field-differs")).containsExactlyInAnyOrder(
				code(simples.get(0)) + " ShortDescription corrected", code(simples.get(2)) + " Options.Discontinued corrected");
		assertThat(found.get("khaos-owned-differs")).containsExactly(code(simples.get(1)) + " BuyPrice.Net reported");
		assertThat(found.get("deleted-in-akeneo")).containsExactly(code(simples.get(3)) + " - discontinued");
		assertThat(found.get("rejected")).singleElement().asString().startsWith(code(simples.get(4)));
		assertThat(found.get("never-published")).containsExactly("NEW-IN-AKENEO - published");
		assertThat(found.get("not-confirmed")).containsExactly("NEVER-CONFIRMED - republished");
		assertThat(found.get("khaos-holds-code")).containsExactly("HELD-BY-KHAOS StockID link proposed");
		assertThat(found.get("khaos-only")).containsExactly("MADE-IN-KHAOS - listed");
		assertThat(published(first)).doesNotContain(StockIds.forProduct("00000000-0000-4000-8000-0000000000a1"));
		assertThat(khaos().item(editedInKhaos).orElseThrow().fields().get("ShortDescription").asString())
			.isNotEqualTo("Typed over in Khaos");
		assertThat(drift(second).keySet()).containsExactlyInAnyOrder("khaos-owned-differs", "rejected",
				"khaos-holds-code", "khaos-only");
	}

	@Test
	void aStructureKhaosWasNotGivenIsCorrectedThroughTheStructureChangePath() throws Exception {
		// given
		synced();
		String uuid = enabledSimples().stream()
			.filter(id -> "clothing".equals(akeneo().product(id).orElseThrow().get("family").asString()))
			.findFirst()
			.orElseThrow();
		akeneo().createModelFrom(uuid, "MD-RECONCILE", "clothing_by_size");
		akeneo().makeVariant(uuid, "MD-RECONCILE", Map.of("size", "s"));

		// when
		JobExecution first = reconcile();
		khaos().pollOnce();
		JobExecution second = reconcile();

		// then
		assertThat(drift(first).get("structure-differs")).containsExactly(code(uuid) + " structure corrected");
		assertThat(published(first)).contains(StockIds.forModel("MD-RECONCILE"), StockIds.forProduct(uuid));
		assertThat(khaos().item(StockIds.forProduct(uuid)).orElseThrow().parentStockId())
			.contains(StockIds.forModel("MD-RECONCILE"));
		assertThat(drift(second)).isEmpty();
	}

	@Test
	void anOperatorsLinkHandsAnItemMadeInKhaosToItsAkeneoProduct() throws Exception {
		// given
		synced();
		String uuid = "00000000-0000-4000-8000-0000000000b1";
		khaos().addItemByHand("K-HELD-2", "HELD-TOO", "Made in Khaos first");
		khaos().pollOnce();
		akeneo().addProduct(newProduct(uuid, "HELD-TOO", enabledSimples().get(0)));
		JobExecution proposed = reconcile();

		// when
		JobExecution wrong = reconcileLinking("K-NOPE:" + uuid);
		JobExecution linked = reconcileLinking("K-HELD-2:" + uuid);
		khaos().pollOnce();
		JobExecution after = reconcile();

		// then
		assertThat(drift(proposed).get("khaos-holds-code")).containsExactly("HELD-TOO StockID link proposed");
		assertThat(wrong.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(wrong.getExitStatus().getExitDescription()).contains("Khaos holds no item K-NOPE");
		assertThat(drift(linked).get("linked")).containsExactly("HELD-TOO - linked");
		assertThat(published(linked)).containsExactly("K-HELD-2");
		assertThat(khaos().item("K-HELD-2").orElseThrow().fields().get("ShortDescription").asString())
			.isEqualTo(akeneo().product(uuid).orElseThrow().at("/values/name/0/data").asString());
		assertThat(drift(after)).isEmpty();
	}

	@Test
	void aDryRunChangesNoTableButItsReport() throws Exception {
		// given
		synced();
		String edited = StockIds.forProduct(enabledSimples().get(0));
		khaos().editItem(edited, item -> item.put("ShortDescription", "Typed over in Khaos"));
		akeneo().removeProduct(enabledSimples().get(1));
		khaos().pollOnce();
		Map<String, List<String>> before = tables();

		// when
		JobExecution run = dryRun();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(tables()).isEqualTo(before);
		assertThat(drift(run).get("field-differs")).singleElement().asString().endsWith("would correct");
		assertThat(drift(run).get("deleted-in-akeneo")).singleElement().asString().endsWith("would discontinue");
	}

	@Test
	void theHtmlReportShowsTheJsonCountsAndLinksToTheProducts() throws Exception {
		// given
		synced();
		String uuid = enabledSimples().get(0);
		khaos().editItem(StockIds.forProduct(uuid), item -> item.put("ShortDescription", "Typed over in Khaos"));
		khaos().pollOnce();

		// when
		JobExecution run = reconcile();

		// then
		String[] paths = run.getExecutionContext().getString(ReconciliationJobConfiguration.REPORT_PATHS).split("\n");
		JsonNode json = JsonMapper.shared().readTree(Files.readString(Path.of(paths[0])));
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(Path.of(paths[1])));
		assertThat(page.select("#counts tbody tr")).hasSize(json.get("counts").size());
		page.select("#counts tbody tr").forEach(row -> assertThat(json.at("/counts/" + row.child(0).text()).asLong())
			.isEqualTo(Long.parseLong(row.child(1).text())));
		assertThat(page.select("#items tbody tr")).hasSize(json.get("items").size());
		assertThat(page.select("#items a").attr("href")).endsWith("/#/enrich/product/" + uuid)
			.startsWith(akeneo().baseUrl());
	}

	private List<String> enabledSimples() {
		Set<String> variants = Set.copyOf(catalogue().modelVariantUuids());
		return catalogue().validUuids().stream()
			.filter(uuid -> !variants.contains(uuid))
			.filter(uuid -> akeneo().product(uuid).orElseThrow().get("enabled").asBoolean())
			.toList();
	}

	private String code(String uuid) {
		return akeneo().product(uuid).map(p -> p.at("/values/sku/0/data").asString())
			.orElseGet(() -> catalogue().product(uuid).orElseThrow().at("/values/sku/0/data").asString());
	}

	/** A valid new product: a copy of {@code like} with its own uuid and SKU, updated now. */
	private ObjectNode newProduct(String uuid, String sku, String like) {
		ObjectNode product = akeneo().product(like).orElseThrow().deepCopy();
		product.put("uuid", uuid);
		product.remove("updated");
		((ObjectNode) product.get("values").get("sku").get(0)).put("data", sku);
		return product;
	}

	private Map<String, List<String>> tables() {
		Map<String, List<String>> rows = new java.util.TreeMap<>();
		TABLES.forEach(table -> rows.put(table, jdbc.sql("SELECT * FROM " + table)
			.query((rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(rs.getString(i)).append('|');
				}
				return row.toString();
			})
			.list()
			.stream()
			.sorted()
			.toList()));
		return rows;
	}

}
