package com.akeneokhaos.khaos;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.sandbox.akeneo.BadCatalogue;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.CorpusDefect;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, item 1, end to end: a catalogue with every {@link CorpusDefect} planted in an item of its own
 * (dangling families, family variants, parent models, categories, attributes, options, locales, channels,
 * currencies and units; values of shapes their type does not have; attribute types the mapping does not
 * use) is refreshed in one run that COMPLETES. Each defect gives exactly its exception rows on its item, or
 * none when it is normalised; the valid items around them are published.
 */
class BadCatalogueEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(909L, 110).withModels(14, 3, 3);

	private static BadCatalogue corpus;

	private static JobExecution run;

	@Test
	void theRunCompletesWhateverTheCatalogueHolds() throws Exception {
		// given
		refreshedOnce();
		// when
		BatchStatus status = run.getStatus();
		// then
		assertThat(status).isEqualTo(BatchStatus.COMPLETED);
		assertThat(CorpusDefect.values()).hasSizeGreaterThanOrEqualTo(40);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(CorpusDefect.class)
	void eachDefectGivesExactlyItsExceptionsOnItsItem(CorpusDefect defect) throws Exception {
		// given
		refreshedOnce();
		String itemKey = itemKey(defect);
		// when
		List<String> rules = rules(itemKey);
		// then
		assertThat(rules).as("exception rows of %s (%s)", defect, itemKey)
			.containsExactlyInAnyOrderElementsOf(defect.expectedRules().stream().map(Rule::code).toList());
		assertThat(sandboxes.khaos().simulator().items().containsKey(stockId(defect)))
			.as("%s published", defect).isEqualTo(defect.normalised());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = CorpusDefect.class, names = "MODEL_.*", mode = EnumSource.Mode.MATCH_ALL)
	void theVariantsOfAHeldBackModelWaitForIt(CorpusDefect defect) throws Exception {
		// given
		refreshedOnce();
		String model = corpus.itemOf(defect);
		// when
		List<String> variants = sandboxes.catalogue().variantUuidsOf(model);
		// then
		assertThat(variants).isNotEmpty().allSatisfy(uuid -> {
			assertThat(rules(uuid)).contains(Rule.PARENT_NOT_PUBLISHED.code());
			assertThat(sandboxes.khaos().simulator().items()).doesNotContainKey(StockIds.forProduct(uuid));
		});
	}

	@Test
	void theValidItemsAroundTheDefectsArePublished() throws Exception {
		// given
		refreshedOnce();
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		// when
		List<String> validModels = corpus.validModels();
		// then
		assertThat(corpus.validProducts()).isNotEmpty()
			.allSatisfy(uuid -> assertThat(khaos.items()).containsKey(StockIds.forProduct(uuid)));
		assertThat(validModels).isNotEmpty().allSatisfy(code -> {
			assertThat(khaos.items()).containsKey(StockIds.forModel(code));
			sandboxes.catalogue().variantUuidsOf(code)
				.forEach(uuid -> assertThat(khaos.items()).containsKey(StockIds.forProduct(uuid)));
		});
	}

	/** Plants the corpus and runs one refresh and one Khaos poll, the first time a test asks. */
	private void refreshedOnce() throws Exception {
		if (run == null) {
			corpus = BadCatalogue.plant(sandboxes.catalogue(), sandboxes.akeneo().simulator());
			run = refresh();
			sandboxes.khaos().simulator().pollOnce();
		}
	}

	private static String itemKey(CorpusDefect defect) {
		String item = corpus.itemOf(defect);
		return defect.target() == CorpusDefect.Target.MODEL ? ItemKeys.forModel(item) : item;
	}

	private static String stockId(CorpusDefect defect) {
		String item = corpus.itemOf(defect);
		return defect.target() == CorpusDefect.Target.MODEL ? StockIds.forModel(item) : StockIds.forProduct(item);
	}

	private List<String> rules(String itemKey) {
		return jdbc.sql("SELECT rule_code FROM sync_exception WHERE item_key = ?").param(itemKey).query(String.class).list();
	}

}
