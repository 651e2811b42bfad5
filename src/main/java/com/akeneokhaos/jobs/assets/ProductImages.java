package com.akeneokhaos.jobs.assets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Asset;
import com.akeneokhaos.akeneo.AssetFamily;
import com.akeneokhaos.catalogue.mapping.ImageMapping;
import com.akeneokhaos.catalogue.mapping.ImageMapping.ImageSource;
import com.akeneokhaos.jobs.assets.ImageLedger.AssetRef;

/**
 * A product's {@code Images}, source after source in the mapping's order, at most {@code images.max}: an asset's
 * main media gives Akeneo's full URL of a media link (prefix + data + suffix) or the share link of a media file (else
 * the media file URL template); a product image or file attribute its media file code in the source's URL template;
 * a text attribute its URL as written. Every URL is checked (see {@link ImageUrls}); what is wrong with any of them
 * is told in {@link Result#problems}, and then the product's images are not sent at all.
 */
final class ProductImages {

	private final ImageSourcing sourcing;

	private final String locale;

	private final String scope;

	ProductImages(ImageSourcing sourcing, String locale, String scope) {
		this.sourcing = sourcing;
		this.locale = locale;
		this.scope = scope;
	}

	/** The codes of the assets a product's collections name, by asset family. */
	Map<String, List<String>> assetCodes(AkeneoProduct product) {
		Map<String, List<String>> codes = new LinkedHashMap<>();
		for (ImageSource source : sourcing.mapping().sources()) {
			if (source instanceof ImageSource.AssetCollection) {
				codes.computeIfAbsent(sourcing.familyOf(source.attribute()).code(), family -> new ArrayList<>())
					.addAll(collection(product, source.attribute()));
			}
		}
		return codes;
	}

	Result of(AkeneoProduct product, Map<AssetRef, Asset> assets) {
		ImageMapping mapping = sourcing.mapping();
		Result result = new Result(JsonNodeFactory.instance.arrayNode(), new ArrayList<>(), new ArrayList<>());
		for (ImageSource source : mapping.sources()) {
			if (source instanceof ImageSource.AssetCollection) {
				AssetFamily family = sourcing.familyOf(source.attribute());
				for (String code : collection(product, source.attribute())) {
					AssetRef ref = new AssetRef(family.code(), code);
					result.assets().add(ref);
					Asset asset = assets.get(ref);
					if (asset != null) {
						assetUrl(family, asset).ifPresentOrElse(url -> add(result, code, url, "asset " + code),
								() -> result.problems().add("the asset " + code + " (asset family " + family.code()
										+ ") has no link Khaos can show: enable public links for its files in Akeneo, "
										+ "or set images.media-file-url-template"));
					}
				}
			}
			else {
				ImageSource.ProductAttribute attribute = (ImageSource.ProductAttribute) source;
				text(product, attribute.attribute()).ifPresent(data -> add(result, attribute.attribute(),
						(attribute.urlTemplate() == null) ? data
								: ImageUrls.fill(attribute.urlTemplate(), Map.of("code", data, "filename", filename(data))),
						"attribute " + attribute.attribute()));
			}
		}
		return result;
	}

	private void add(Result result, String name, String url, String where) {
		if (result.images().size() >= sourcing.mapping().max()) {
			return;
		}
		Optional<String> problem = ImageUrls.problem(url, sourcing.mapping().httpsOnly());
		if (problem.isPresent()) {
			result.problems().add(problem.get() + " (" + where + ")");
			return;
		}
		result.images().addObject().put("Name", name).put("Filename", url);
	}

	private Optional<String> assetUrl(AssetFamily family, Asset asset) {
		AssetFamily.Attribute main = family.mainMedia().orElseThrow();
		Asset.Value value = asset.value(main.code());
		if (value == null || !value.data().isString()) {
			return Optional.empty();
		}
		String data = value.data().asString();
		if ("media_link".equals(main.type())) {
			return Optional.of((value.fullUrl() != null) ? value.fullUrl()
					: orEmpty(main.prefix()) + data + orEmpty(main.suffix()));
		}
		if (value.shareLink() != null) {
			return Optional.of(value.shareLink());
		}
		String template = sourcing.mapping().mediaFileUrlTemplate();
		return Optional.ofNullable(template).map(t -> ImageUrls.fill(t, Map.of("asset_family", family.code(),
				"asset_code", asset.code(), "code", data, "filename", filename(data))));
	}

	private List<String> collection(AkeneoProduct product, String attribute) {
		JsonNode data = value(product, attribute);
		List<String> codes = new ArrayList<>();
		if (data != null && data.isArray()) {
			data.forEach(code -> codes.add(code.asString()));
		}
		return codes;
	}

	private Optional<String> text(AkeneoProduct product, String attribute) {
		JsonNode data = value(product, attribute);
		return (data != null && data.isString() && !data.asString().isBlank()) ? Optional.of(data.asString().strip())
				: Optional.empty();
	}

	private @Nullable JsonNode value(AkeneoProduct product, String attribute) {
		return product.valuesOf(attribute)
			.stream()
			.filter(value -> value.matches(locale, scope))
			.map(AkeneoValue::data)
			.findFirst()
			.orElse(null);
	}

	/** The file name of an Akeneo media file code ({@code 0/0/9/d/<hash>_front.png} → {@code front.png}). */
	static String filename(String code) {
		String last = code.substring(code.lastIndexOf('/') + 1);
		int underscore = last.indexOf('_');
		return (code.contains("/") && underscore > 0) ? last.substring(underscore + 1) : last;
	}

	private static String orEmpty(@Nullable String text) {
		return (text == null) ? "" : text;
	}

	/** The images, the assets the product shows (for the reverse index), and what is wrong. */
	record Result(ArrayNode images, List<AssetRef> assets, List<String> problems) {
	}

}
