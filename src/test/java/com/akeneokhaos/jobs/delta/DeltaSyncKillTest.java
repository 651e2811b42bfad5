package com.akeneokhaos.jobs.delta;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.KillableCommandLine;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Restart is exact for delta-sync after a real crash. One Akeneo is refreshed into two databases, then changed
 * once in the ways a delta must catch: about 600 products renamed and a root model rewritten (their
 * {@code updated} moves), a category moved, another deleted and a brand option relabelled (reference changes
 * that leave {@code updated} alone, so many renamed items are also found by a later search). On one database
 * delta-sync runs uninterrupted; on the other the CLI runs it in a JVM of its own that is SIGKILLed mid-run, then {@code restart ID --after-crash} finishes it. Both must end with the same outbox
 * entries (each StockID once, the same payloads) and the same exceptions, and a refresh afterwards finds
 * nothing the restarted delta missed. Why: a delta reads the union of several Akeneo searches and decides its
 * plan once; a restart must neither lose nor repeat an item of that union.
 */
class DeltaSyncKillTest {

	private static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261215L, 1200).withDefectsSpreadEvenly(12)
		.withModels(10, 5, 3);

	/** Smaller chunks than the default: more commits, so the kill lands between and inside them. */
	private static final List<String> SETTINGS = List.of("--sync.delta.chunk-size=20");

	private static final long KILL_FROM_ENTRIES = 200;

	@TempDir
	Path folder;

	@Test
	void aDeltaKilledMidRunAndRestartedPublishesEveryChangeExactlyOnce() throws Exception {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(CATALOGUE);
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			// given
			KillableCommandLine reference = refreshed(new KillableCommandLine(
					TestDatabase.newDatabase("delta_kill_reference"), akeneo, SETTINGS));
			KillableCommandLine crashed = refreshed(new KillableCommandLine(TestDatabase.newDatabase("delta_kill"),
					akeneo, SETTINGS));
			changeAkeneoOnce(catalogue, akeneo.simulator());
			assertThat(reference.run("run", "delta-sync")).isZero();
			Outcome uninterrupted = Outcome.of(reference);

			// when
			akeneo.simulator().delayResponses(Duration.ofMillis(120));
			long entriesBeforeKill = crashed.runInChildAndKill(DeltaSyncJobConfiguration.JOB_NAME, KILL_FROM_ENTRIES,
					folder.resolve("delta-child.log"));
			long killedExecution = crashed.lastExecutionOf(DeltaSyncJobConfiguration.JOB_NAME);
			String statusAfterKill = crashed.statusOf(killedExecution);
			akeneo.simulator().clearFaults();
			int restartExitCode = crashed.run("restart", String.valueOf(killedExecution), "--after-crash");
			long refreshAfterwards = crashed.entriesOfARun("catalogue-refresh");

			// then
			assertThat(entriesBeforeKill).as("outbox entries of the delta when it was killed")
				.isBetween(KILL_FROM_ENTRIES, uninterrupted.entryCount() - 1);
			assertThat(statusAfterKill).isEqualTo("STARTED");
			assertThat(restartExitCode).isZero();
			assertThat(uninterrupted.repeatedStockIds()).isEmpty();
			Outcome restarted = Outcome.of(crashed);
			assertSoftly(softly -> {
				softly.assertThat(restarted.repeatedStockIds()).as("StockIDs published more than once").isEmpty();
				softly.assertThat(restarted.stockIds()).as("StockIDs published")
					.containsExactlyElementsOf(uninterrupted.stockIds());
				softly.assertThat(restarted.stockIdsWithOtherPayloadsThan(uninterrupted))
					.as("StockIDs whose payloads differ from the uninterrupted run's")
					.isEmpty();
				softly.assertThat(restarted.exceptions()).as("exceptions (item key, rule code) of the delta")
					.containsExactlyElementsOf(uninterrupted.exceptions());
				softly.assertThat(refreshAfterwards).as("outbox entries of a refresh after the restarted delta").isZero();
			});
		}
	}

	/** The database after a first, uninterrupted catalogue-refresh: the delta's window and reference snapshot. */
	private static KillableCommandLine refreshed(KillableCommandLine cli) {
		assertThat(cli.run("run", "catalogue-refresh")).isZero();
		return cli;
	}

	/**
	 * One set of changes for both databases, made after both refreshes completed (the simulator stamps
	 * {@code updated} with the real clock; the window starts 5 minutes before the refresh).
	 */
	private static void changeAkeneoOnce(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		renameEverySecondProduct(catalogue, akeneo);
		ReferenceData data = catalogue.referenceData();
		List<Category> secondLevel = secondLevelMasterCategories(data);
		Category moved = secondLevel.get(0);
		String newParent = firstLevelMasterCategories(data).stream()
			.filter(code -> !code.equals(moved.parent()))
			.findFirst()
			.orElseThrow();
		akeneo.updateCategory(moved.code(), category -> category.put("parent", newParent));
		akeneo.deleteCategory(secondLevel.get(secondLevel.size() - 1).code());
		akeneo.updateAttributeOption("brand", aBrandInUse(catalogue, akeneo), Map.of("en_GB", "Relabelled brand"));
		akeneo.updateProductModel(catalogue.rootModelCodes().get(0),
				model -> rewrite(model, "description", "Rewritten description"));
	}

	/** Every second product that is not a model's variant, in uuid order: about 600. */
	private static void renameEverySecondProduct(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		Set<String> variants = Set.copyOf(catalogue.modelVariantUuids());
		List<String> products = catalogue.uuids().stream().filter(uuid -> !variants.contains(uuid)).toList();
		for (int i = 0; i < products.size(); i += 2) {
			String uuid = products.get(i);
			akeneo.updateProduct(uuid, product -> rewrite(product, "name", "Renamed " + uuid.substring(0, 8)));
		}
	}

	private static List<Category> secondLevelMasterCategories(ReferenceData data) {
		return data.categories().values().stream()
			.filter(category -> data.categoryPath(category.code()).size() == 3)
			.filter(category -> "master".equals(data.categoryPath(category.code()).get(0).code()))
			.sorted(Comparator.comparing(Category::code))
			.toList();
	}

	private static List<String> firstLevelMasterCategories(ReferenceData data) {
		return data.categories().values().stream()
			.filter(category -> "master".equals(category.parent()))
			.map(Category::code)
			.sorted()
			.toList();
	}

	private static String aBrandInUse(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		return catalogue.validUuids().stream()
			.map(uuid -> akeneo.product(uuid).orElseThrow().at("/values/brand/0/data").asString(""))
			.filter(brand -> !brand.isEmpty())
			.findFirst()
			.orElseThrow();
	}

	private static void rewrite(ObjectNode item, String attribute, String text) {
		item.path("values").path(attribute).forEach(value -> ((ObjectNode) value).put("data", text));
	}

	/**
	 * What the delta executions of one database left: the payloads of their outbox entries by StockID (one per
	 * entry, sorted) and their exceptions (item key and rule code, sorted).
	 */
	private record Outcome(Map<String, List<String>> payloadsByStockId, List<String> exceptions) {

		static Outcome of(KillableCommandLine cli) {
			return new Outcome(cli.payloadsByStockId(DeltaSyncJobConfiguration.JOB_NAME),
					cli.exceptions(DeltaSyncJobConfiguration.JOB_NAME));
		}

		Set<String> stockIds() {
			return payloadsByStockId.keySet();
		}

		Set<String> repeatedStockIds() {
			return stockIdsWhere(stockId -> payloadsByStockId.get(stockId).size() > 1);
		}

		Set<String> stockIdsWithOtherPayloadsThan(Outcome other) {
			return stockIdsWhere(stockId -> other.payloadsByStockId.containsKey(stockId)
					&& !other.payloadsByStockId.get(stockId).equals(payloadsByStockId.get(stockId)));
		}

		long entryCount() {
			return payloadsByStockId.values().stream().mapToLong(List::size).sum();
		}

		private Set<String> stockIdsWhere(Predicate<String> test) {
			return stockIds().stream().filter(test).collect(Collectors.toCollection(TreeSet::new));
		}

	}

}
