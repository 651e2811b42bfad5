package com.akeneokhaos.changes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.changes.ReferenceSnapshot.CategoryNode;
import com.akeneokhaos.changes.ReferenceSnapshot.ChannelSettings;
import com.akeneokhaos.changes.ReferenceSnapshot.VariantAxes;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceChangesTest {

	private static final ReferenceSnapshot BEFORE = new ReferenceSnapshot(
			Map.of("master", node(null, "Master"), "shoes", node("master", "Shoes"), "boots", node("shoes", "Boots"),
					"hats", node("master", "Hats")),
			Map.of("brand", Map.of("acme", Map.of("en_GB", "Acme"), "zeta", Map.of("en_GB", "Zeta"))),
			Map.of("shirts_by_size", new VariantAxes("shirts", List.of(List.of("size")))),
			Map.of("ecommerce", new ChannelSettings(List.of("en_GB"), List.of("GBP"), "master")), List.of("en_GB"),
			"mapping-1");

	@Test
	void theSameReferenceDataIsNoChange() {
		// when
		ReferenceChanges changes = ReferenceChanges.between(BEFORE, copy(s -> s));

		// then
		assertThat(changes.none()).isTrue();
		assertThat(changes.everything()).isEmpty();
	}

	@Test
	void aMovedOrRenamedCategoryIsChangedAndADeletedOneDeleted() {
		// given
		ReferenceSnapshot now = new ReferenceSnapshot(
				Map.of("master", node(null, "Master"), "shoes", node("hats", "Shoes"), "hats",
						node("master", "Headwear"), "socks", node("master", "Socks")),
				BEFORE.labelledOptions(), BEFORE.familyVariants(), BEFORE.channels(), BEFORE.locales(),
				BEFORE.settings());

		// when
		ReferenceChanges changes = ReferenceChanges.between(BEFORE, now);

		// then
		assertThat(changes.changedCategories()).containsExactly("hats", "shoes");
		assertThat(changes.deletedCategories()).containsExactly("boots");
		assertThat(changes.everything()).isEmpty();
		assertThat(changes.descriptions()).containsExactlyInAnyOrder("category boots was deleted",
				"category hats was renamed {en_GB=Headwear}", "category shoes moved from under master to under hats");
	}

	@Test
	void aRelabelledOptionIsChangedButANewOneIsNot() {
		// given
		ReferenceSnapshot now = new ReferenceSnapshot(BEFORE.categories(),
				Map.of("brand", Map.of("acme", Map.of("en_GB", "ACME Ltd"), "zeta", Map.of("en_GB", "Zeta"), "new",
						Map.of("en_GB", "New"))),
				BEFORE.familyVariants(), BEFORE.channels(), BEFORE.locales(), BEFORE.settings());

		// when
		ReferenceChanges changes = ReferenceChanges.between(BEFORE, now);

		// then
		assertThat(changes.changedOptions()).isEqualTo(Map.of("brand", Set.of("acme")));
	}

	@Test
	void changedAxesOrARemovedFamilyVariantAffectItsFamily() {
		// given
		ReferenceSnapshot now = new ReferenceSnapshot(BEFORE.categories(), BEFORE.labelledOptions(),
				Map.of("shirts_by_size", new VariantAxes("shirts", List.of(List.of("colour"), List.of("size")))),
				BEFORE.channels(), BEFORE.locales(), BEFORE.settings());

		// when
		ReferenceChanges changed = ReferenceChanges.between(BEFORE, now);
		ReferenceChanges removed = ReferenceChanges.between(BEFORE, new ReferenceSnapshot(BEFORE.categories(),
				BEFORE.labelledOptions(), Map.of(), BEFORE.channels(), BEFORE.locales(), BEFORE.settings()));

		// then
		assertThat(changed.changedFamilies()).containsExactly("shirts");
		assertThat(removed.changedFamilies()).containsExactly("shirts");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			settings | the mapping or validation settings changed
			locales  | the enabled locales changed from [en_GB] to [en_GB, fr_FR]
			channel  | channel ecommerce changed its locales, currencies or category tree
			""")
	void aChangeTheWholeMappingDependsOnAffectsEverything(String what, String why) {
		// given
		ReferenceSnapshot now = switch (what) {
			case "settings" -> copy(s -> "mapping-2");
			case "locales" -> new ReferenceSnapshot(BEFORE.categories(), BEFORE.labelledOptions(),
					BEFORE.familyVariants(), BEFORE.channels(), List.of("fr_FR", "en_GB"), BEFORE.settings());
			default -> new ReferenceSnapshot(BEFORE.categories(), BEFORE.labelledOptions(), BEFORE.familyVariants(),
					Map.of("ecommerce", new ChannelSettings(List.of("en_GB"), List.of("GBP", "EUR"), "master")),
					BEFORE.locales(), BEFORE.settings());
		};

		// when
		ReferenceChanges changes = ReferenceChanges.between(BEFORE, now);

		// then
		assertThat(changes.everything()).containsExactly(why);
	}

	private static ReferenceSnapshot copy(UnaryOperator<String> settings) {
		return new ReferenceSnapshot(BEFORE.categories(), BEFORE.labelledOptions(), BEFORE.familyVariants(),
				BEFORE.channels(), BEFORE.locales(), settings.apply(BEFORE.settings()));
	}

	private static CategoryNode node(String parent, String label) {
		return new CategoryNode(parent, Map.of("en_GB", label));
	}

}
