package com.akeneokhaos.writeback;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.ReferenceData;

/**
 * The status and message values as Akeneo holds them on a product: whether a product already shows a write-back,
 * and the PATCH line that makes it show one. An empty message is no value (Akeneo stores an empty text as none);
 * a message longer than the attribute takes (255 characters for a text attribute) is cut.
 */
public final class StatusValues {

	static final int TEXT_LIMIT = 255;

	static final int TEXT_AREA_LIMIT = 65_535;

	private final String statusAttribute;

	private final String messageAttribute;

	private final int messageLimit;

	StatusValues(String statusAttribute, String messageAttribute, int messageLimit) {
		this.statusAttribute = statusAttribute;
		this.messageAttribute = messageAttribute;
		this.messageLimit = messageLimit;
	}

	public static StatusValues of(WriteBackProperties properties, ReferenceData reference) {
		boolean text = reference.attribute(properties.messageAttribute())
			.map(attribute -> "pim_catalog_text".equals(attribute.type()))
			.orElse(false);
		return new StatusValues(properties.statusAttribute(), properties.messageAttribute(),
				text ? TEXT_LIMIT : TEXT_AREA_LIMIT);
	}

	/** The sentences as the message attribute takes them: one per line, cut to its length. */
	String message(List<String> sentences) {
		String message = String.join("\n", sentences).strip();
		if (message.codePointCount(0, message.length()) <= messageLimit) {
			return message;
		}
		return message.substring(0, message.offsetByCodePoints(0, messageLimit - 1)) + "…";
	}

	boolean shows(AkeneoProduct product, WriteBack wanted) {
		return wanted.status().code().equals(text(product, statusAttribute))
				&& wanted.message().equals(text(product, messageAttribute))
				&& (wanted.release() == null || wanted.release().shownBy(product));
	}

	/** One line of Akeneo's collection PATCH making the product show what is wanted. */
	ObjectNode line(AkeneoProduct current, WriteBack wanted) {
		ObjectNode line = JsonNodeFactory.instance.objectNode();
		line.put("uuid", wanted.uuid());
		ObjectNode values = line.putObject("values");
		put(values, statusAttribute, JsonNodeFactory.instance.stringNode(wanted.status().code()));
		put(values, messageAttribute, wanted.message().isEmpty() ? JsonNodeFactory.instance.nullNode()
				: JsonNodeFactory.instance.stringNode(wanted.message()));
		if (wanted.release() != null) {
			wanted.release().addTo(line, current);
		}
		return line;
	}

	/** Sets a value that is neither localizable nor scopable, as Akeneo's {@code values} take it. */
	static void put(ObjectNode values, String attribute, JsonNode data) {
		ArrayNode list = values.putArray(attribute);
		ObjectNode value = list.addObject();
		value.putNull("locale");
		value.putNull("scope");
		value.set("data", data);
	}

	private static String text(AkeneoProduct product, String attribute) {
		return product.valuesOf(attribute)
			.stream()
			.filter(value -> value.locale() == null && value.scope() == null)
			.map(AkeneoValue::data)
			.filter(JsonNode::isString)
			.map(JsonNode::asString)
			.findFirst()
			.orElse("");
	}

}
