package com.akeneokhaos.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.akeneokhaos.changes.ReferenceSnapshot.CategoryNode;

/**
 * What changed in Akeneo's reference data between the snapshot of the last completed run and now, in the
 * terms a delta needs to find the affected items: categories moved or renamed (their products and those of
 * every category below them change stock types), categories deleted (Akeneo silently unlinked their
 * products), option labels changed, family variants whose axes changed, and changes that touch every item
 * (a channel or the enabled locales the mapping reads, the mapping or rules themselves). Added categories,
 * options and family variants are not changes: an item only uses them once it is edited, which its
 * {@code updated} date shows.
 *
 * @param everything why every item must be evaluated again; empty when only some are affected
 * @param changedCategories categories still in Akeneo that moved or were renamed
 * @param deletedCategories categories no longer in Akeneo
 * @param changedOptions option codes whose labels changed, by attribute code
 * @param changedFamilies families with a family variant whose axes changed or that was removed
 * @param descriptions one sentence per change, for the run's report
 */
public record ReferenceChanges(List<String> everything, Set<String> changedCategories, Set<String> deletedCategories,
		Map<String, Set<String>> changedOptions, Set<String> changedFamilies, List<String> descriptions) {

	public ReferenceChanges {
		everything = List.copyOf(everything);
		changedCategories = new TreeSet<>(changedCategories);
		deletedCategories = new TreeSet<>(deletedCategories);
		changedOptions = new TreeMap<>(changedOptions);
		changedFamilies = new TreeSet<>(changedFamilies);
		descriptions = List.copyOf(descriptions);
	}

	/** The changes from {@code before} (the last completed run's snapshot) to {@code now}. */
	public static ReferenceChanges between(ReferenceSnapshot before, ReferenceSnapshot now) {
		Diff diff = new Diff();
		diff.settings(before, now);
		diff.categories(before.categories(), now.categories());
		diff.options(before.labelledOptions(), now.labelledOptions());
		diff.familyVariants(before, now);
		return diff.changes();
	}

	/** Whether nothing changed that a product's {@code updated} date would not show. */
	public boolean none() {
		return descriptions.isEmpty();
	}

	private static final class Diff {

		private final List<String> everything = new ArrayList<>();

		private final Set<String> changedCategories = new TreeSet<>();

		private final Set<String> deletedCategories = new TreeSet<>();

		private final Map<String, Set<String>> changedOptions = new TreeMap<>();

		private final Set<String> changedFamilies = new TreeSet<>();

		private final List<String> descriptions = new ArrayList<>();

		void settings(ReferenceSnapshot before, ReferenceSnapshot now) {
			if (!before.settings().equals(now.settings())) {
				everything("the mapping or validation settings changed");
			}
			if (!before.locales().equals(now.locales())) {
				everything("the enabled locales changed from " + before.locales() + " to " + now.locales());
			}
			Set<String> channels = new TreeSet<>(before.channels().keySet());
			channels.addAll(now.channels().keySet());
			for (String channel : channels) {
				if (!Objects.equals(before.channels().get(channel), now.channels().get(channel))) {
					everything("channel " + channel + " changed its locales, currencies or category tree");
				}
			}
		}

		void categories(Map<String, CategoryNode> before, Map<String, CategoryNode> now) {
			before.forEach((code, old) -> {
				CategoryNode current = now.get(code);
				if (current == null) {
					deletedCategories.add(code);
					descriptions.add("category " + code + " was deleted");
				}
				else if (!Objects.equals(old.parent(), current.parent())) {
					changedCategories.add(code);
					descriptions.add("category " + code + " moved from under " + old.parent() + " to under "
							+ current.parent());
				}
				else if (!old.labels().equals(current.labels())) {
					changedCategories.add(code);
					descriptions.add("category " + code + " was renamed " + current.labels());
				}
			});
		}

		void options(Map<String, Map<String, Map<String, String>>> before,
				Map<String, Map<String, Map<String, String>>> now) {
			now.forEach((attribute, options) -> before.getOrDefault(attribute, Map.of()).forEach((code, old) -> {
				Map<String, String> current = options.get(code);
				if (current != null && !current.equals(old)) {
					changedOptions.computeIfAbsent(attribute, a -> new TreeSet<>()).add(code);
					descriptions.add("option " + code + " of " + attribute + " was relabelled " + current);
				}
			}));
		}

		void familyVariants(ReferenceSnapshot before, ReferenceSnapshot now) {
			before.familyVariants().forEach((code, old) -> {
				ReferenceSnapshot.VariantAxes current = now.familyVariants().get(code);
				if (current == null || !current.axes().equals(old.axes())) {
					changedFamilies.add(old.family());
					descriptions.add("family variant " + code + ((current == null) ? " was removed"
							: " changed its axes from " + old.axes() + " to " + current.axes()));
				}
			});
		}

		private void everything(String why) {
			everything.add(why);
			descriptions.add(why);
		}

		ReferenceChanges changes() {
			return new ReferenceChanges(everything, changedCategories, deletedCategories, changedOptions,
					changedFamilies, descriptions);
		}

	}

}
