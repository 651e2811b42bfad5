package com.akeneokhaos.jobs.assets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AssetFamily;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.catalogue.mapping.ImageMapping;
import com.akeneokhaos.catalogue.mapping.ImageMapping.ImageSource;

/**
 * The {@code images:} sources checked against Akeneo once per run: each asset collection attribute with the asset
 * family it holds (and that family's main media, a media link or a media file), each product attribute with a type
 * that gives a URL. A source that does not fit Akeneo stops the run with one line saying what to fix.
 */
class ImageSourcing {

	private static final Set<String> MEDIA = Set.of("media_link", "media_file");

	private static final Set<String> FILES = Set.of("pim_catalog_image", "pim_catalog_file");

	private static final Set<String> TEXTS = Set.of("pim_catalog_text", "pim_catalog_textarea");

	private final ImageMapping mapping;

	private final Map<String, AssetFamily> familiesByAttribute = new LinkedHashMap<>();

	/** The sources with the asset families already known, by asset collection attribute. */
	ImageSourcing(ImageMapping mapping, Map<String, AssetFamily> familiesByAttribute) {
		this.mapping = mapping;
		this.familiesByAttribute.putAll(familiesByAttribute);
	}

	ImageSourcing(ImageMapping mapping, AkeneoClient akeneo, ReferenceData reference) {
		this.mapping = mapping;
		for (ImageSource source : mapping.sources()) {
			Attribute attribute = reference.attribute(source.attribute())
				.orElseThrow(() -> unfit(source, "Akeneo has no attribute " + source.attribute()));
			if (source instanceof ImageSource.AssetCollection) {
				familiesByAttribute.put(source.attribute(), family(source, attribute, akeneo));
			}
			else if (FILES.contains(attribute.type()) && ((ImageSource.ProductAttribute) source).urlTemplate() == null) {
				throw unfit(source, source.attribute() + " is an image or file attribute: give it a url-template "
						+ "(the sync never downloads a file)");
			}
			else if (!FILES.contains(attribute.type()) && !TEXTS.contains(attribute.type())) {
				throw unfit(source, source.attribute() + " is a " + attribute.type()
						+ "; an image source is an image, file or text attribute, or an asset collection");
			}
		}
	}

	ImageMapping mapping() {
		return mapping;
	}

	/** The asset families the sources read, by code. */
	List<String> families() {
		return familiesByAttribute.values().stream().map(AssetFamily::code).distinct().toList();
	}

	AssetFamily familyOf(String attribute) {
		return familiesByAttribute.get(attribute);
	}

	private static AssetFamily family(ImageSource source, Attribute attribute, AkeneoClient akeneo) {
		if (!"pim_catalog_asset_collection".equals(attribute.type())) {
			throw unfit(source, source.attribute() + " is a " + attribute.type() + ", not an asset collection");
		}
		String code = akeneo.assetFamilyOf(source.attribute())
			.orElseThrow(() -> unfit(source, source.attribute() + " names no asset family"));
		AssetFamily family = akeneo.assetFamily(code)
			.orElseThrow(() -> unfit(source, "Akeneo has no asset family " + code));
		AssetFamily.Attribute main = family.mainMedia()
			.orElseThrow(() -> unfit(source, "the asset family " + code + " has no main media attribute"));
		if (!MEDIA.contains(main.type())) {
			throw unfit(source, "the main media of asset family " + code + " is a " + main.type()
					+ "; the sync takes a media link or a media file");
		}
		return family;
	}

	private static IllegalStateException unfit(ImageSource source, String why) {
		return new IllegalStateException("images source '" + source.attribute() + "' does not fit Akeneo: " + why);
	}

}
