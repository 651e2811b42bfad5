package com.akeneokhaos.jobs.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

/**
 * New variant products of new product models: onboarding publishes their SCS parents first (Khaos takes a variant
 * only under its parent), so the variants are not held back, and releases them once Khaos holds them.
 */
class SkuOnboardingVariantsTest extends OnboardingTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1216L, 4).withModels(2, 1, 3);

	@Test
	void newVariantsOfNewModelsArePublishedUnderTheirParentsAndReleased() throws Exception {
		// given a catalogue Khaos holds nothing of, with three new models

		// when
		onboard();
		long parentsPublished = catalogue().rootModelCodes()
			.stream()
			.filter(code -> count("SELECT COUNT(*) FROM khaos_outbox WHERE item_key = ?", ItemKeys.forModel(code)) == 1)
			.count();
		khaos().pollOnce();
		onboard();

		// then
		assertThat(parentsPublished).isEqualTo(catalogue().rootModelCodes().size()).isEqualTo(3);
		assertThat(catalogue().modelVariantUuids()).isNotEmpty();
		assertThat(count("SELECT COUNT(*) FROM sync_exception")).isZero();
		assertThat(catalogue().modelVariantUuids()).allSatisfy(uuid -> {
			assertThat(status(uuid)).contains("confirmed");
			assertThat(released(uuid)).isTrue();
		});
	}

}
