package com.akeneokhaos.jobs.refresh;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.StructureChangeScenario;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.DefectKind;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.KillableCommandLine;
import com.akeneokhaos.support.SavedContexts;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, done-when 1: the same catalogue refreshed with the products read in one partition and in four, under
 * random per-request latency (and each chunk mapped on one thread and on four), leaves the same outbox (entry by entry, in order), exceptions and ledger. The
 * catalogue has product models, rejections, SKUs duplicated in another case, and, before a second refresh, the
 * structure changes of the sandbox plus two products of families read in different partitions that take the same
 * new code (the first in uuid order keeps it) and one that takes the live code of a product of another partition.
 * The simulator never had more than four requests at once.
 */
class PartitionedRefreshOutcomeTest {

	private static final List<String> SETTINGS = List.of("--sync.refresh.chunk-size=20", "--sync.refresh.skip-limit=200");

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1501, 1502, 1503 })
	void oneAndFourPartitionsLeaveTheSameOutboxExceptionsAndLedger(long seed) {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(CatalogueSpec.of(seed, 500)
			.withDefectsSpreadEvenly(30)
			.withDefect(DefectKind.SKU_DUPLICATE_CASE, 8)
			.withModels(5, 3, 3));
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			// given
			AkeneoSimulator simulator = akeneo.simulator();
			simulator.delayResponsesRandomly(seed, Duration.ofMillis(15));
			KillableCommandLine one = commandLine(akeneo, seed, 1);
			KillableCommandLine four = commandLine(akeneo, seed, 4);

			// when
			int firstOne = one.run("run", "catalogue-refresh");
			int firstFour = four.run("run", "catalogue-refresh");
			Twins twins = Twins.pick(catalogue, plan(four));
			twins.apply(simulator);
			new StructureChangeScenario(catalogue, simulator).apply();
			int secondOne = one.run("run", "catalogue-refresh");
			int secondFour = four.run("run", "catalogue-refresh");

			// then
			assertThat(List.of(firstFour, secondFour)).isEqualTo(List.of(firstOne, secondOne));
			assertThat(statuses(four)).containsExactly("COMPLETED", "COMPLETED");
			assertThat(plan(four)).hasSizeGreaterThan(2);
			assertThat(outbox(four)).isEqualTo(outbox(one)).isNotEmpty();
			assertThat(exceptions(four)).isEqualTo(exceptions(one));
			assertThat(exceptions(four)).anyMatch(row -> row.contains(twins.second()) && row.contains("stock-code-duplicate"))
				.anyMatch(row -> row.contains(twins.taker()) && row.contains("stock-code-duplicate"));
			assertThat(ledger(four)).isEqualTo(ledger(one));
			assertThat(ledger(four)).anyMatch(row -> row.startsWith(twins.first()) && row.contains(Twins.CODE));
			assertThat(simulator.maxConcurrentRequests()).as("never more than Akeneo serves at once")
				.isLessThanOrEqualTo(4);
		}
	}

	private static KillableCommandLine commandLine(AkeneoSandbox akeneo, long seed, int partitions) {
		List<String> settings = new ArrayList<>(SETTINGS);
		settings.add("--akeneo.read-partitions=" + partitions);
		settings.add("--sync.chunk-mapping.threads=" + partitions);
		return new KillableCommandLine(TestDatabase.newDatabase("parts_" + seed + "_" + partitions), akeneo, settings);
	}

	private static List<String> statuses(KillableCommandLine commandLine) {
		return commandLine.jdbc().sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID").query(String.class)
			.list();
	}

	/** The searches the first refresh read its products in (saved in its step's execution context). */
	private static List<String> plan(KillableCommandLine commandLine) {
		long first = commandLine.jdbc().sql("SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class)
			.single();
		return SavedContexts.partitions(SavedContexts.ofStep(commandLine.jdbc(), first, "publish-products"),
				"akeneo-products");
	}

	private static List<String> outbox(KillableCommandLine commandLine) {
		return commandLine.jdbc().sql("""
				SELECT CONCAT_WS(' | ', stock_id, item_key, stock_code, change_type, delivery_rank, payload,
				IFNULL(relationship, '-')) FROM khaos_outbox ORDER BY id
				""").query(String.class).list();
	}

	private static List<String> exceptions(KillableCommandLine commandLine) {
		return commandLine.jdbc().sql("""
				SELECT CONCAT_WS(' | ', item_key, IFNULL(sku, '-'), rule_code, IFNULL(khaos_field, '-'),
				IFNULL(offending_value, '-'), message, resolved_at IS NULL) FROM sync_exception ORDER BY id
				""").query(String.class).list();
	}

	private static List<String> ledger(KillableCommandLine commandLine) {
		return commandLine.jdbc().sql("""
				SELECT CONCAT_WS(' | ', item_key, kind, IFNULL(akeneo_uuid, '-'), IFNULL(model_code, '-'),
				IFNULL(parent_code, '-'), IFNULL(root_model_code, '-'), IFNULL(parent_stock_id, '-'), had_children,
				IFNULL(family, '-'), IFNULL(family_variant, '-'), IFNULL(categories, '-'), IFNULL(sku, '-'),
				khaos_stock_id, IFNULL(khaos_stock_code, '-'), IFNULL(payload_hash, '-'), status,
				IFNULL(akeneo_updated, '-')) FROM sync_ledger ORDER BY item_key
				""").query(String.class).list();
	}

	/**
	 * Valid simple products read in different partitions: {@code first} and {@code second} (in uuid
	 * order) take the same new SKU in other cases, so the first keeps it; {@code taker} takes, in another case, the
	 * live SKU of {@code holder}, read in another partition, which keeps it.
	 */
	private record Twins(String first, String second, String taker, String holderSku) {

		static final String CODE = "KH-TWIN-1";

		static Twins pick(GeneratedCatalogue catalogue, List<String> plan) {
			List<String> simples = new ArrayList<>(new TreeSet<>(catalogue.validUuids()));
			simples.removeIf(uuid -> catalogue.product(uuid).orElseThrow().path("parent").isString());
			String first = simples.get(0);
			String second = inAnotherPartition(catalogue, plan, simples, first, List.of(first));
			String taker = simples.get(simples.size() - 1);
			String holder = inAnotherPartition(catalogue, plan, simples, taker, List.of(first, second, taker));
			return new Twins(first, second, taker, sku(catalogue, holder));
		}

		private static String inAnotherPartition(GeneratedCatalogue catalogue, List<String> plan, List<String> simples,
				String than, List<String> excluded) {
			return simples.stream()
				.filter(uuid -> !excluded.contains(uuid))
				.filter(uuid -> partition(catalogue, plan, uuid) != partition(catalogue, plan, than))
				.findFirst()
				.orElseThrow();
		}

		void apply(AkeneoSimulator simulator) {
			simulator.changeSku(second, CODE.toLowerCase());
			simulator.changeSku(first, CODE);
			simulator.changeSku(taker, holderSku.toLowerCase().equals(holderSku) ? holderSku.toUpperCase()
					: holderSku.toLowerCase());
		}

		/** The index of the partition whose creation dates hold the product's. */
		private static int partition(GeneratedCatalogue catalogue, List<String> plan, String uuid) {
			long created = OffsetDateTime.parse(catalogue.product(uuid).orElseThrow().path("created").asString())
				.toEpochSecond();
			for (int i = 0; i < plan.size(); i++) {
				if (holds(plan.get(i), created)) {
					return i;
				}
			}
			throw new AssertionError(uuid + " is in no partition of " + plan);
		}

		private static boolean holds(String search, long created) {
			for (JsonNode condition : JsonMapper.shared().readTree(search).path("created")) {
				long bound = LocalDateTime.parse(condition.get("value").asString().replace(' ', 'T'))
					.toEpochSecond(ZoneOffset.UTC);
				if (condition.get("operator").asString().equals("<") ? created >= bound : created <= bound) {
					return false;
				}
			}
			return true;
		}

		private static String sku(GeneratedCatalogue catalogue, String uuid) {
			return catalogue.product(uuid).orElseThrow().path("values").path("sku").path(0).path("data").asString();
		}

	}

}
