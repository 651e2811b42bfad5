package com.akeneokhaos.writeback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Checks that Akeneo is set up for write-backs before a job that writes back starts: the status attribute is a
 * simple select with the three status options, the message attribute a text area (or text), neither localizable
 * nor scopable, and what the release action sets exists. Each problem is one line saying what to create.
 */
@Component
public class WriteBackSetup {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Pattern NUMBERS = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern DATES = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final String SIMPLE_SELECT = "pim_catalog_simpleselect";

	private final WriteBackProperties properties;

	WriteBackSetup(WriteBackProperties properties) {
		this.properties = properties;
	}

	/** Whether this job writes back to Akeneo at all. */
	public boolean enabledFor(String jobName) {
		return properties.enabledFor(jobName);
	}

	/** What is missing or wrong in Akeneo, one line each; empty when the set-up is right. */
	public List<String> problems(ReferenceData reference) {
		List<String> problems = new ArrayList<>();
		String status = properties.statusAttribute();
		attributeProblem(reference, status, List.of(SIMPLE_SELECT), "a simple select").ifPresent(problems::add);
		if (problems.isEmpty()) {
			List<String> missing = OnboardingStatus.codes()
				.stream()
				.filter(code -> reference.option(status, code).isEmpty())
				.toList();
			if (!missing.isEmpty()) {
				problems.add("Akeneo's attribute " + status + " lacks the option(s) " + String.join(", ", missing)
						+ ": add them (option codes exactly " + String.join(", ", OnboardingStatus.codes()) + ")");
			}
		}
		attributeProblem(reference, properties.messageAttribute(), List.of("pim_catalog_textarea", "pim_catalog_text"),
				"a text area").ifPresent(problems::add);
		problems.addAll(releaseProblems(reference));
		return problems;
	}

	/** Fails with one line per problem when Akeneo is not set up for write-backs. */
	public void check(ReferenceData reference) {
		WriteBackSetupException.throwIfAny(problems(reference));
	}

	/** The release action, its values typed as Akeneo takes them; call it only when {@link #problems} is empty. */
	public ReleaseAction releaseAction(ReferenceData reference) {
		WriteBackProperties.Release release = properties.release();
		Map<String, JsonNode> values = new LinkedHashMap<>();
		release.attributes().forEach((code, text) -> values.put(code,
				data(reference, reference.attribute(code).orElseThrow(), text)));
		return new ReleaseAction(release.enable(), release.categories(), values);
	}

	private static String option(ReferenceData reference, Attribute attribute, String code) {
		if (reference.option(attribute.code(), code).isEmpty()) {
			throw new IllegalArgumentException("'" + code + "' is not an option of " + attribute.code() + " in Akeneo");
		}
		return code;
	}

	private Optional<String> attributeProblem(ReferenceData reference, String code, List<String> types, String what) {
		Optional<Attribute> attribute = reference.attribute(code);
		String create = "create it in Akeneo as " + what + " (" + types.get(0) + "), neither localizable nor scopable"
				+ (SIMPLE_SELECT.equals(types.get(0)) ? ", with the options " + String.join(", ", OnboardingStatus.codes())
						: "")
				+ ", and add it to the families of the products you sync (for a family variant: at the variant "
				+ "product level), or set sync.write-back." + (SIMPLE_SELECT.equals(types.get(0)) ? "status" : "message")
				+ "-attribute";
		if (attribute.isEmpty()) {
			return Optional.of("Akeneo has no attribute " + code + " for the Khaos status write-back: " + create);
		}
		if (!types.contains(attribute.get().type())) {
			return Optional.of("Akeneo's attribute " + code + " is a " + attribute.get().type() + ", not " + what
					+ ": " + create);
		}
		if (attribute.get().localizable() || attribute.get().scopable()) {
			return Optional.of("Akeneo's attribute " + code + " is localizable or scopable: the Khaos status needs one "
					+ "value per product; " + create);
		}
		return Optional.empty();
	}

	private List<String> releaseProblems(ReferenceData reference) {
		List<String> problems = new ArrayList<>();
		for (String category : properties.release().categories()) {
			if (!reference.categories().containsKey(category)) {
				problems.add("sync.write-back.release.categories names " + category
						+ ", which is not a category in Akeneo: create it or correct the code");
			}
		}
		properties.release().attributes().forEach((code, text) -> {
			Attribute attribute = reference.attribute(code).orElse(null);
			if (attribute == null) {
				problems.add("sync.write-back.release.attributes names " + code + ", which is not an attribute in Akeneo");
			}
			else if (attribute.localizable() || attribute.scopable()) {
				problems.add("sync.write-back.release.attributes names " + code
						+ ", which is localizable or scopable: the release sets only attributes with one value per product");
			}
			else {
				try {
					data(reference, attribute, text);
				}
				catch (IllegalArgumentException ex) {
					problems.add("sync.write-back.release.attributes." + code + ": " + ex.getMessage());
				}
			}
		});
		return problems;
	}

	/** A configured value as Akeneo's {@code data} for this attribute, its options checked. */
	private static JsonNode data(ReferenceData reference, Attribute attribute, String text) {
		return switch (attribute.type()) {
			case "pim_catalog_boolean" -> {
				if (!text.equals("true") && !text.equals("false")) {
					throw new IllegalArgumentException("a yes/no attribute takes true or false, not '" + text + "'");
				}
				yield JSON.booleanNode(Boolean.parseBoolean(text));
			}
			case "pim_catalog_number" -> {
				JsonNode number = NUMBERS.matcher(text).matches() ? MAPPER.readTree(text) : null;
				if (number == null || !number.isNumber()) {
					throw new IllegalArgumentException("a number attribute takes a number, not '" + text + "'");
				}
				yield number;
			}
			case "pim_catalog_multiselect" -> {
				ArrayNode codes = JSON.arrayNode();
				for (String code : text.split(",", -1)) {
					codes.add(option(reference, attribute, code.strip()));
				}
				yield codes;
			}
			case SIMPLE_SELECT -> JSON.stringNode(option(reference, attribute, text.strip()));
			case "pim_catalog_date" -> {
				if (!DATES.matcher(text).matches()) {
					throw new IllegalArgumentException("a date attribute takes a date as 2025-01-31, not '" + text + "'");
				}
				yield JSON.stringNode(text);
			}
			case "pim_catalog_text", "pim_catalog_textarea" -> JSON.stringNode(text);
			default -> throw new IllegalArgumentException("the release cannot set an attribute of type " + attribute.type());
		};
	}

}
