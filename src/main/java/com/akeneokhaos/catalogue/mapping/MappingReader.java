package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Turns the text of a mapping file into a {@link CatalogueMapping}, rejecting anything it does not understand. */
final class MappingReader {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final String origin;

	private final Problems problems;

	MappingReader(String origin) {
		this.origin = origin;
		this.problems = new Problems(origin);
	}

	CatalogueMapping read(String yaml) {
		JsonNode root = parse(yaml);
		if (!root.isObject()) {
			throw new MappingException(origin + ": must be a map with 'defaults' and 'fields'");
		}
		Keys.checkKnown(root, Set.of("defaults", "fields", "images"), problems::general, "top-level key");
		MappingDefaults defaults = new DefaultsReader(problems).read(root.get("defaults"));
		List<FieldMapping> fields = readFields(root.get("fields"));
		ImageMapping images = new ImagesReader(problems).read(root.get("images"));
		problems.throwIfAny();
		new MappingRules(problems).check(defaults, fields);
		problems.throwIfAny();
		return new CatalogueMapping(origin, defaults, fields, images);
	}

	private List<FieldMapping> readFields(JsonNode node) {
		List<FieldMapping> fields = new ArrayList<>();
		if (node == null || !node.isObject() || node.isEmpty()) {
			problems.general("needs 'fields:', a map from Khaos field to its source");
			return fields;
		}
		FieldReader reader = new FieldReader(problems);
		node.properties().forEach(e -> reader.read(e.getKey(), e.getValue()).ifPresent(fields::add));
		return fields;
	}

	private JsonNode parse(String yaml) {
		try {
			JsonNode root = YAML.readTree(yaml);
			return (root == null) ? YAML.missingNode() : root;
		}
		catch (JacksonException ex) {
			throw new MappingException(origin + ": " + YamlErrors.describe(ex));
		}
	}

}
