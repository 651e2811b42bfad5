package com.akeneokhaos.catalogue.mapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Writes a field's value into a Khaos {@code StockItem} payload in the shape of the Khaos samples: a
 * dotted path becomes nested objects, {@code Barcodes}, {@code Images} and {@code UserDefinedFields} become
 * list elements. Only ever called with a real value, so no JSON null is written.
 */
final class Payloads {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ReferenceData reference;

	private final String locale;

	Payloads(ReferenceData reference, String locale) {
		this.reference = reference;
		this.locale = locale;
	}

	void write(ObjectNode payload, FieldMapping mapping, JsonNode value) {
		switch (mapping.field().kind()) {
			case BARCODE -> payload.withArrayProperty("Barcodes")
				.addObject()
				.put("Barcode", text(value))
				.set("Type", NODES.objectNode().put("Name", mapping.barcodeType()));
			case IMAGE -> payload.withArrayProperty("Images")
				.addObject()
				.put("Name", imageName(mapping))
				.put("Filename", text(value));
			case USER_DEFINED -> payload.withArrayProperty("UserDefinedFields")
				.addObject()
				.put("Name", mapping.path().substring(KhaosField.USER_DEFINED_PREFIX.length()))
				.set("Value", value);
			case STRING -> put(payload, mapping.path(), NODES.stringNode(text(value)));
			default -> put(payload, mapping.path(), value);
		}
	}

	private static String text(JsonNode value) {
		if (value.isString()) {
			return value.stringValue();
		}
		return value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
	}

	private static void put(ObjectNode payload, String path, JsonNode value) {
		String[] names = path.split("\\.");
		ObjectNode parent = payload;
		for (int i = 0; i < names.length - 1; i++) {
			parent = parent.withObjectProperty(names[i]);
		}
		parent.set(names[names.length - 1], value);
	}

	private String imageName(FieldMapping mapping) {
		if (mapping.source() instanceof Source.FromAttribute source) {
			return reference.attribute(source.attribute())
				.map(a -> a.labels().getOrDefault(locale, a.code()))
				.orElse(source.attribute());
		}
		return "Image";
	}

}
