package com.akeneokhaos.changes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.Channel;
import com.akeneokhaos.akeneo.FamilyVariant;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.FieldMapping;
import com.akeneokhaos.catalogue.mapping.Source;
import com.akeneokhaos.outbox.PayloadHash;

/**
 * The Akeneo reference data a run evaluated its items against, reduced to what the mapping can depend on
 * and that changes without touching any product's {@code updated} date: the category tree (parents and
 * labels), the labels of the options the mapping sends as labels, the axes of every family variant, the
 * channels the mapping reads, the enabled locales, and a fingerprint of the mapping and rules themselves.
 * Kept in the database as JSON, so every map is sorted and the JSON of equal snapshots is equal.
 *
 * @param categories every category by code
 * @param labelledOptions option labels by attribute code, then option code, for attributes read as labels
 * @param familyVariants each family variant's family and axes (level 1, then 2) by family variant code
 * @param channels the channels the mapping reads values in, by code
 * @param locales the enabled locales, sorted
 * @param settings a fingerprint of the mapping and validation settings
 */
public record ReferenceSnapshot(Map<String, CategoryNode> categories,
		Map<String, Map<String, Map<String, String>>> labelledOptions, Map<String, VariantAxes> familyVariants,
		Map<String, ChannelSettings> channels, List<String> locales, String settings) {

	public ReferenceSnapshot {
		categories = new TreeMap<>(categories);
		labelledOptions = new TreeMap<>(labelledOptions);
		familyVariants = new TreeMap<>(familyVariants);
		channels = new TreeMap<>(channels);
		locales = locales.stream().sorted().toList();
	}

	/**
	 * The snapshot of what a run reads now.
	 * @param settings the validation and structure settings the run uses; their {@code toString} is fingerprinted
	 * with the mapping's (not with where the mapping file lies)
	 */
	public static ReferenceSnapshot of(ReferenceData data, Collection<FamilyVariant> familyVariants,
			CatalogueMapping mapping, Object settings) {
		return new ReferenceSnapshot(
				data.categories().values().stream().collect(Collectors.toMap(Category::code, CategoryNode::of)),
				labelledOptions(data, mapping),
				familyVariants.stream().collect(Collectors.toMap(FamilyVariant::code, VariantAxes::of)),
				data.channels().values().stream()
					.filter(channel -> channelsRead(mapping).contains(channel.code()))
					.collect(Collectors.toMap(Channel::code, ChannelSettings::of)),
				data.locales(), PayloadHash.ofText(mapping.defaults() + "\n" + mapping.fields() + "\n" + settings));
	}

	private static Map<String, Map<String, Map<String, String>>> labelledOptions(ReferenceData data,
			CatalogueMapping mapping) {
		Map<String, Map<String, Map<String, String>>> options = new TreeMap<>();
		for (String attribute : attributesReadAsLabels(mapping)) {
			Map<String, Map<String, String>> labels = new TreeMap<>();
			data.options().getOrDefault(attribute, Map.of()).values()
				.forEach(option -> labels.put(option.code(), new TreeMap<>(option.labels())));
			options.put(attribute, labels);
		}
		return options;
	}

	private static Set<String> attributesReadAsLabels(CatalogueMapping mapping) {
		return sources(mapping).stream()
			.filter(source -> source instanceof Source.FromAttribute read && read.show() == Source.Show.LABEL)
			.map(source -> ((Source.FromAttribute) source).attribute())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> channelsRead(CatalogueMapping mapping) {
		Set<String> channels = new TreeSet<>(Set.of(mapping.defaults().scope()));
		sources(mapping).stream()
			.filter(source -> source instanceof Source.FromAttribute read && read.scope() != null)
			.forEach(source -> channels.add(((Source.FromAttribute) source).scope()));
		return channels;
	}

	private static List<Source> sources(CatalogueMapping mapping) {
		return mapping.published().stream().map(FieldMapping::sources).flatMap(List::stream).toList();
	}

	/** A category's place in its tree and its labels. */
	public record CategoryNode(@Nullable String parent, Map<String, String> labels) {

		public CategoryNode {
			labels = new TreeMap<>(labels);
		}

		static CategoryNode of(Category category) {
			return new CategoryNode(category.parent(), category.labels());
		}

	}

	/** A family variant's family and its axes, level by level. */
	public record VariantAxes(String family, List<List<String>> axes) {

		public VariantAxes {
			axes = axes.stream().map(List::copyOf).toList();
		}

		static VariantAxes of(FamilyVariant variant) {
			return new VariantAxes(variant.family(), variant.axesByLevel());
		}

	}

	/** What of a channel the mapping depends on: its locales, currencies and category tree. */
	public record ChannelSettings(List<String> locales, List<String> currencies, String categoryTree) {

		public ChannelSettings {
			locales = locales.stream().sorted().toList();
			currencies = currencies.stream().sorted().toList();
		}

		static ChannelSettings of(Channel channel) {
			return new ChannelSettings(channel.locales(), channel.currencies(), channel.categoryTree());
		}

	}

}
