package com.akeneokhaos.writeback;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.AttributeOption;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;

/** Akeneo reference data, products and settings built by hand for the write-back tests. */
final class WriteBackFixtures {

	static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	static final String STATUS = "khaos_status";

	static final String MESSAGE = "khaos_message";

	static final String UUID = "0b9c2c4e-1f7a-4d1e-9a51-6a1f0c8e2d11";

	private WriteBackFixtures() {
	}

	static WriteBackProperties properties() {
		return properties(noRelease());
	}

	static WriteBackProperties properties(WriteBackProperties.Release release) {
		return new WriteBackProperties(STATUS, MESSAGE, Set.of("sku-onboarding"), release);
	}

	static WriteBackProperties.Release noRelease() {
		return new WriteBackProperties.Release(true, List.of(), Map.of());
	}

	static WriteBackProperties.Release release(List<String> categories, Map<String, String> attributes) {
		return new WriteBackProperties.Release(true, categories, attributes);
	}

	/** A catalogue set up right for write-backs: the status simple select with its options, the message text area. */
	static Catalogue readyCatalogue() {
		return new Catalogue().attribute(STATUS, "pim_catalog_simpleselect")
			.options(STATUS, "rejected", "pending", "confirmed")
			.attribute(MESSAGE, "pim_catalog_textarea");
	}

	static Attribute attribute(String code, String type, boolean localizable, boolean scopable) {
		return new Attribute(code, type, localizable, scopable, null, null, Map.of());
	}

	static AkeneoValue value(@Nullable String locale, @Nullable String scope, JsonNode data) {
		return new AkeneoValue(locale, scope, data);
	}

	static AkeneoValue value(JsonNode data) {
		return value(null, null, data);
	}

	static AkeneoValue value(String data) {
		return value(JSON.stringNode(data));
	}

	static Product product() {
		return new Product();
	}

	static WriteBack writeBack(OnboardingStatus status, String message) {
		return WriteBack.of(UUID, "SKU-1", status, message);
	}

	/** Attributes, options and categories of an Akeneo catalogue, changed step by step. */
	static final class Catalogue {

		private final Map<String, Attribute> attributes = new HashMap<>();

		private final Map<String, Map<String, AttributeOption>> options = new HashMap<>();

		private final Map<String, Category> categories = new HashMap<>();

		Catalogue attribute(String code, String type) {
			return attribute(code, type, false, false);
		}

		Catalogue attribute(String code, String type, boolean localizable, boolean scopable) {
			attributes.put(code, WriteBackFixtures.attribute(code, type, localizable, scopable));
			return this;
		}

		Catalogue withoutAttribute(String code) {
			attributes.remove(code);
			options.remove(code);
			return this;
		}

		Catalogue options(String attribute, String... codes) {
			Map<String, AttributeOption> byCode = new HashMap<>();
			Arrays.stream(codes).forEach(code -> byCode.put(code, new AttributeOption(code, Map.of())));
			options.put(attribute, byCode);
			return this;
		}

		Catalogue category(String code) {
			categories.put(code, new Category(code, null, Map.of(), null));
			return this;
		}

		ReferenceData reference() {
			return new ReferenceData(attributes, options, categories, Map.of(), List.of("en_GB"), Map.of());
		}

	}

	/** An Akeneo product: disabled, in no category and without values until told otherwise. */
	static final class Product {

		private boolean enabled;

		private List<String> categories = List.of();

		private final Map<String, List<AkeneoValue>> values = new LinkedHashMap<>();

		Product enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		Product categories(String... codes) {
			this.categories = List.of(codes);
			return this;
		}

		Product value(String attribute, AkeneoValue... values) {
			this.values.put(attribute, List.of(values));
			return this;
		}

		Product value(String attribute, String data) {
			return value(attribute, WriteBackFixtures.value(data));
		}

		AkeneoProduct build() {
			return new AkeneoProduct(UUID, "clothing", null, enabled, categories, values, null);
		}

	}

}
