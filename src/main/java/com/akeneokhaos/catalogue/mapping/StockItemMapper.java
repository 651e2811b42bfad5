package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Violation;

/**
 * Maps Akeneo products to Khaos {@code StockItem}s following the operator's {@link CatalogueMapping}.
 * Built once per run with that run's Akeneo reference data; the constructor checks the mapping against
 * Akeneo (attributes, types, currencies, units, category tree) and throws {@link MappingException} naming
 * the field, so a mapping that cannot work stops the run before any product is read. A product value that
 * cannot be read does not stop the run: its field is left out and the problem is in the result.
 */
public final class StockItemMapper {

	private final CatalogueMapping mapping;

	private final ReferenceData reference;

	private final ValueReader values;

	private final Payloads payloads;

	public StockItemMapper(CatalogueMapping mapping, ReferenceData reference) {
		new MappingCheck(mapping, reference).check();
		this.mapping = mapping;
		this.reference = reference;
		this.values = new ValueReader(reference, mapping.defaults());
		this.payloads = new Payloads(reference, mapping.defaults().locale());
	}

	/** The stock item split by ownership, and every value that could not be read. Never throws for data. */
	public MappingResult map(AkeneoProduct product) {
		ObjectNode always = JsonNodeFactory.instance.objectNode();
		ObjectNode onCreate = JsonNodeFactory.instance.objectNode();
		List<Violation> problems = new ArrayList<>();
		String stockCode = null;
		for (FieldMapping field : mapping.published()) {
			Optional<JsonNode> value = read(field, product, problems);
			if (value.isPresent()) {
				payloads.write(field.owner() == Ownership.ALWAYS ? always : onCreate, field, value.get());
				stockCode = field.path().equals("StockCode") ? value.get().asString() : stockCode;
			}
		}
		return new MappingResult(new MappedStockItem(stockCode, always, onCreate), problems);
	}

	/** The product's SKU: the raw value of Akeneo's identifier attribute, or null if it has none. */
	public @Nullable String sku(AkeneoProduct product) {
		return reference.identifierAttribute()
			.map(Attribute::code)
			.flatMap(code -> product.valuesOf(code).stream().findFirst())
			.map(value -> value.data())
			.filter(JsonNode::isString)
			.map(JsonNode::stringValue)
			.filter(sku -> !sku.isBlank())
			.orElse(null);
	}

	public CatalogueMapping mapping() {
		return mapping;
	}

	private Optional<JsonNode> read(FieldMapping field, AkeneoProduct product, List<Violation> problems) {
		try {
			return values.read(field, product);
		}
		catch (UnreadableValueException ex) {
			problems.add(ex.violation());
			return Optional.empty();
		}
	}

}
