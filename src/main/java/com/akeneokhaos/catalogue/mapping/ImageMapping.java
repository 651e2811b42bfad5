package com.akeneokhaos.catalogue.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The mapping file's {@code images:} section: where a product's images come from, for {@code asset-url-sync}, the
 * only job that sends Khaos {@code Images} (stable URLs, never a file). The first image found is the main one.
 *
 * @param sources read in order, each adding its images after the previous ones'
 * @param max at most this many images per product
 * @param httpsOnly whether a URL must be https (else http is accepted too)
 * @param mediaFileUrlTemplate the URL of an asset whose main media is a file Akeneo shares no link for, with the
 * placeholders {@code {asset_family}}, {@code {asset_code}}, {@code {code}} (the file's code) and
 * {@code {filename}}; null when no such URL can be built
 */
public record ImageMapping(List<ImageSource> sources, int max, boolean httpsOnly,
		@Nullable String mediaFileUrlTemplate) {

	public static final int DEFAULT_MAX = 10;

	/** No {@code images:} section: asset-url-sync has nothing to send. */
	public static final ImageMapping NONE = new ImageMapping(List.of(), DEFAULT_MAX, true, null);

	public ImageMapping {
		sources = List.copyOf(sources);
	}

	/** One place images come from. */
	public sealed interface ImageSource {

		/** The Akeneo attribute read. */
		String attribute();

		/** An asset collection attribute: the main media of each asset, in the collection's order. */
		record AssetCollection(String attribute) implements ImageSource {
		}

		/**
		 * A product attribute: an image or file attribute (its media file code put into {@code urlTemplate}, with
		 * {@code {code}} and {@code {filename}}), or a text attribute holding a URL ({@code urlTemplate} null).
		 */
		record ProductAttribute(String attribute, @Nullable String urlTemplate) implements ImageSource {
		}

	}

}
