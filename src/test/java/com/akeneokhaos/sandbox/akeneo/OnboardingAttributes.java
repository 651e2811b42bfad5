package com.akeneokhaos.sandbox.akeneo;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Akeneo set-up the Khaos status write-back needs, made as a merchandiser makes it by following the README: a
 * simple select status attribute with the options {@code rejected}, {@code pending} and {@code confirmed}, a text
 * area message attribute, neither localizable nor scopable, both added to every family and, in each family variant,
 * to its last variant level (the variant products).
 */
final class OnboardingAttributes {

	static final List<String> STATUSES = List.of("rejected", "pending", "confirmed");

	private OnboardingAttributes() {
	}

	static void create(ReferenceStore reference, String statusCode, String messageCode) {
		reference.put("attributes", attribute(statusCode, "pim_catalog_simpleselect", "Khaos status"));
		reference.put("attributes", attribute(messageCode, "pim_catalog_textarea", "Khaos message"));
		for (String status : STATUSES) {
			ObjectNode option = Json.object();
			option.put("code", status);
			option.put("attribute", statusCode);
			option.put("sort_order", STATUSES.indexOf(status) + 1);
			option.set("labels", Json.labels(status, status));
			reference.put(ReferenceStore.optionsPath(statusCode), option);
		}
		addToFamilies(reference, List.of(statusCode, messageCode));
	}

	/** Adds the attributes to every family and to the last variant level of each of its family variants. */
	static void addToFamilies(ReferenceStore reference, List<String> codes) {
		for (ObjectNode family : reference.list("families").orElse(List.of())) {
			String familyCode = family.get("code").asString();
			reference.update("families", familyCode, changed -> addAll(changed.withArrayProperty("attributes"), codes));
			for (ObjectNode variant : reference.list(ReferenceStore.familyVariantsPath(familyCode)).orElse(List.of())) {
				reference.update(ReferenceStore.familyVariantsPath(familyCode), variant.get("code").asString(),
						changed -> addAll(lastLevel(changed).withArrayProperty("attributes"), codes));
			}
		}
	}

	private static ObjectNode lastLevel(ObjectNode familyVariant) {
		ObjectNode last = null;
		for (JsonNode set : familyVariant.withArrayProperty("variant_attribute_sets")) {
			if (last == null || set.path("level").asInt() > last.path("level").asInt()) {
				last = (ObjectNode) set;
			}
		}
		return (last != null) ? last : familyVariant;
	}

	private static void addAll(ArrayNode array, List<String> codes) {
		for (String code : codes) {
			boolean present = false;
			for (JsonNode existing : array) {
				present |= existing.asString().equals(code);
			}
			if (!present) {
				array.add(code);
			}
		}
	}

	private static ObjectNode attribute(String code, String type, String label) {
		ObjectNode json = Json.productAttribute(code, type);
		json.put("group", "erp");
		json.set("labels", Json.labels(label, label));
		return json;
	}

}
