package com.akeneokhaos.jobs.delta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.Family;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.akeneo.Searches;
import com.akeneokhaos.changes.ReferenceChanges;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;

/**
 * Decides what a delta reads: the items {@code updated} since the window's start, plus exactly the items a
 * reference change affects, found the way Akeneo can search for them: by category (with everything below
 * it) for a category moved or renamed, by option value (or, for a localizable or scopable attribute, by the
 * families that have it) for a relabelled option, by family for changed family variant axes, and through
 * the ledger for a deleted category (Akeneo no longer knows it, and unlinked its products silently).
 */
@Component
class DeltaPlanner {

	private final Ledger ledger;

	DeltaPlanner(Ledger ledger) {
		this.ledger = ledger;
	}

	/**
	 * @param since the window's start, null when no run has completed yet
	 * @param changes the reference changes since the last kept snapshot, empty when none was kept
	 */
	DeltaPlan plan(@Nullable String since, Optional<ReferenceChanges> changes, ReferenceData data) {
		if (since == null) {
			return DeltaPlan.everything(null, List.of("no delta-sync or catalogue-refresh has completed yet"));
		}
		if (changes.isEmpty()) {
			return DeltaPlan.everything(since, List.of("no completed run noted the reference data it used"));
		}
		ReferenceChanges found = changes.get();
		if (!found.everything().isEmpty()) {
			return DeltaPlan.everything(since, found.descriptions());
		}
		PlannedSearches models = new PlannedSearches();
		PlannedSearches products = new PlannedSearches();
		models.add(Searches.updatedSince(since));
		products.add(Searches.updatedSince(since));
		models.addAll(Searches.inCategories(found.changedCategories()));
		products.addAll(Searches.inCategories(found.changedCategories()));
		List<LedgerEntry> unlinked = ledger.categories().itemsIn(found.deletedCategories());
		products.addAll(Searches.uuids(unlinked.stream()
			.filter(entry -> entry.kind() != ItemKind.MODEL && entry.akeneoUuid() != null)
			.map(LedgerEntry::akeneoUuid)
			.toList()));
		products.addAll(Searches.families(existing(found.changedFamilies(), data)));
		found.changedOptions().forEach((attribute, options) -> {
			List<String> byOption = optionSearches(attribute, options, data);
			models.addAll(byOption);
			products.addAll(byOption);
		});
		models.addAll(Searches.families(existing(modelFamilies(found, unlinked), data)));
		return new DeltaPlan(since, false, models.list(), products.list(), found.descriptions());
	}

	/** The families whose models must be read again: changed axes, or a model in a deleted category. */
	private static Set<String> modelFamilies(ReferenceChanges found, List<LedgerEntry> unlinked) {
		Set<String> families = new TreeSet<>(found.changedFamilies());
		unlinked.stream()
			.filter(entry -> entry.kind() == ItemKind.MODEL && entry.family() != null)
			.forEach(entry -> families.add(entry.family()));
		return families;
	}

	/** Akeneo answers a search for a family it no longer has with an error: those are not searched. */
	private static Set<String> existing(Set<String> families, ReferenceData data) {
		Set<String> existing = new TreeSet<>(families);
		existing.retainAll(data.families().keySet());
		return existing;
	}

	/**
	 * Items with one of these options. Akeneo needs a locale and scope to search a localizable or scopable
	 * attribute, and cannot search several at once, so those are found through the families that have the
	 * attribute instead.
	 */
	private static List<String> optionSearches(String attribute, Set<String> options, ReferenceData data) {
		Optional<Attribute> definition = data.attribute(attribute);
		if (definition.isPresent() && !definition.get().localizable() && !definition.get().scopable()) {
			return Searches.withOptions(attribute, options);
		}
		return Searches.families(data.families().values().stream()
			.filter(family -> family.attributes().contains(attribute))
			.map(Family::code)
			.toList());
	}

	/** Distinct searches in the order they were planned. */
	private static final class PlannedSearches {

		private final List<String> searches = new ArrayList<>();

		void add(String search) {
			if (!searches.contains(search)) {
				searches.add(search);
			}
		}

		void addAll(Collection<String> more) {
			more.forEach(this::add);
		}

		List<String> list() {
			return searches;
		}

	}

}
