package com.akeneokhaos.sync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Turns the text of a mapping file into a {@link CatalogueMapping}, rejecting anything it does not understand. */
final class MappingReader {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"");

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
		Keys.checkKnown(root, Set.of("defaults", "fields"), problems::general, "top-level key");
		MappingDefaults defaults = new DefaultsReader(problems).read(root.get("defaults"));
		List<FieldMapping> fields = readFields(root.get("fields"));
		problems.throwIfAny();
		new MappingRules(problems).check(defaults, fields);
		problems.throwIfAny();
		return new CatalogueMapping(origin, defaults, fields);
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
			throw new MappingException(origin + ": " + describe(ex));
		}
	}

	private static String describe(JacksonException ex) {
		String line = (ex.getLocation() == null) ? "" : " (line " + ex.getLocation().getLineNr() + ")";
		Matcher duplicate = DUPLICATE.matcher(ex.getOriginalMessage());
		if (!duplicate.find()) {
			return "is not valid YAML" + line + ": " + firstLines(ex.getOriginalMessage());
		}
		List<String> enclosing = enclosingNames(ex);
		if (enclosing.size() == 1 && enclosing.get(0).equals("fields")) {
			return "field '" + duplicate.group(1) + "' is listed more than once" + line;
		}
		if (enclosing.size() == 2 && enclosing.get(1).equals("fields")) {
			return "field '" + enclosing.get(0) + "' has '" + duplicate.group(1) + "' more than once" + line;
		}
		return "'" + duplicate.group(1) + "' is listed more than once" + line;
	}

	/** The names of the maps around the parser's position, innermost first. */
	private static List<String> enclosingNames(JacksonException ex) {
		List<String> names = new ArrayList<>();
		if (ex instanceof StreamReadException read && read.processor() != null) {
			TokenStreamContext context = read.processor().streamReadContext();
			for (TokenStreamContext c = (context == null) ? null : context.getParent(); c != null; c = c.getParent()) {
				if (c.currentName() != null) {
					names.add(c.currentName());
				}
			}
		}
		return names;
	}

	private static String firstLines(String message) {
		return message.lines()
			.filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.contains("^"))
			.collect(Collectors.joining("; "));
	}

}
