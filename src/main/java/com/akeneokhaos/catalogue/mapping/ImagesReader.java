package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.catalogue.mapping.ImageMapping.ImageSource;

/**
 * Reads the {@code images:} section: {@code sources} (each {@code { asset-collection: <attribute> }} or
 * {@code { attribute: <attribute>, url-template: "https://cdn.example.com/{code}" }}), {@code max},
 * {@code https-only} and {@code media-file-url-template}. A template may use only its placeholders.
 */
final class ImagesReader {

	private static final Set<String> KEYS = Set.of("sources", "max", "https-only", "media-file-url-template");

	private static final Set<String> SOURCE_KEYS = Set.of("asset-collection", "attribute", "url-template");

	private static final Set<String> ATTRIBUTE_PLACEHOLDERS = Set.of("code", "filename");

	private static final Set<String> ASSET_PLACEHOLDERS = Set.of("asset_family", "asset_code", "code", "filename");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	private static final int MOST = 100;

	private final Consumer<String> report;

	ImagesReader(Problems problems) {
		this.report = message -> problems.general("images " + message);
	}

	ImageMapping read(JsonNode node) {
		if (node == null) {
			return ImageMapping.NONE;
		}
		if (!node.isObject()) {
			report.accept("must be a map with 'sources'");
			return ImageMapping.NONE;
		}
		Keys.checkKnown(node, KEYS, report, "key");
		List<ImageSource> sources = sources(node.get("sources"));
		int max = max(node.get("max"));
		boolean httpsOnly = httpsOnly(node.get("https-only"));
		String mediaFiles = Keys.text(node, "media-file-url-template", report).orElse(null);
		if (mediaFiles != null) {
			checkTemplate("media-file-url-template", mediaFiles, ASSET_PLACEHOLDERS);
		}
		return new ImageMapping(sources, max, httpsOnly, mediaFiles);
	}

	private List<ImageSource> sources(JsonNode node) {
		List<ImageSource> sources = new ArrayList<>();
		if (node == null || !node.isArray() || node.isEmpty()) {
			report.accept("needs 'sources:', a list such as [ { asset-collection: packshots } ]");
			return sources;
		}
		for (JsonNode source : node) {
			source(source, sources.size() + 1).ifPresent(sources::add);
		}
		return sources;
	}

	private Optional<ImageSource> source(JsonNode node, int position) {
		Consumer<String> at = message -> report.accept("source " + position + " " + message);
		if (!node.isObject()) {
			at.accept("must be { asset-collection: <attribute> } or { attribute: <attribute>, url-template: ... }");
			return Optional.empty();
		}
		Keys.checkKnown(node, SOURCE_KEYS, at, "key");
		Optional<String> assets = Keys.text(node, "asset-collection", at);
		Optional<String> attribute = Keys.text(node, "attribute", at);
		Optional<String> template = Keys.text(node, "url-template", at);
		if (assets.isPresent() == attribute.isPresent()) {
			at.accept("needs exactly one of 'asset-collection' and 'attribute'");
			return Optional.empty();
		}
		if (assets.isPresent()) {
			template.ifPresent(t -> at.accept("takes no 'url-template' (assets give their own URL; see "
					+ "media-file-url-template)"));
			return Optional.of(new ImageSource.AssetCollection(assets.get()));
		}
		template.ifPresent(t -> checkTemplate("source " + position + " url-template", t, ATTRIBUTE_PLACEHOLDERS));
		return Optional.of(new ImageSource.ProductAttribute(attribute.get(), template.orElse(null)));
	}

	private int max(JsonNode node) {
		if (node == null) {
			return ImageMapping.DEFAULT_MAX;
		}
		if (!node.isInt() || node.intValue() < 1 || node.intValue() > MOST) {
			report.accept("has 'max' " + node + "; give a whole number from 1 to " + MOST);
			return ImageMapping.DEFAULT_MAX;
		}
		return node.intValue();
	}

	private boolean httpsOnly(JsonNode node) {
		if (node == null) {
			return true;
		}
		if (!node.isBoolean()) {
			report.accept("has 'https-only' " + node + "; give true or false");
			return true;
		}
		return node.booleanValue();
	}

	private void checkTemplate(String what, String template, Set<String> placeholders) {
		if (!template.startsWith("https://") && !template.startsWith("http://")) {
			report.accept(what + " '" + template + "' must start with https:// (or http://)");
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			if (!placeholders.contains(matcher.group(1))) {
				report.accept(what + " has the placeholder {" + matcher.group(1) + "}; known: "
						+ String.join(", ", placeholders.stream().sorted().map(p -> "{" + p + "}").toList()));
			}
		}
	}

}
