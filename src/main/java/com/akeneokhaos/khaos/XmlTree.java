package com.akeneokhaos.khaos;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts a KCC XML element to its JSON shape: list elements to arrays, elements with children to
 * objects, leaves to strings, and a leaf with attributes ({@code <TaxRate ID="1">Standard</TaxRate>}) to an
 * object of its attributes plus {@code Name}, as in KCC's JSON.
 */
final class XmlTree {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private XmlTree() {
	}

	static JsonNode convert(Element element) {
		if ("true".equals(element.getAttributeNS(XSI, "nil"))) {
			return NODES.nullNode();
		}
		List<Element> children = children(element);
		if (XmlBodies.LISTS.contains(element.getLocalName())) {
			ArrayNode array = NODES.arrayNode();
			children.forEach(child -> array.add(convert(child)));
			return array;
		}
		ObjectNode object = attributes(element);
		if (children.isEmpty()) {
			String text = element.getTextContent();
			if (object.isEmpty()) {
				return NODES.stringNode(text);
			}
			if (!text.isBlank()) {
				object.put("Name", text);
			}
			return object;
		}
		for (Element child : children) {
			String name = child.getLocalName();
			JsonNode value = convert(child);
			JsonNode existing = object.get(name);
			if (existing == null) {
				object.set(name, value);
			}
			else if (existing.isArray() && !XmlBodies.LISTS.contains(name)) {
				((ArrayNode) existing).add(value);
			}
			else {
				object.set(name, NODES.arrayNode().add(existing).add(value));
			}
		}
		return object;
	}

	private static ObjectNode attributes(Element element) {
		ObjectNode object = NODES.objectNode();
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (attribute.getNamespaceURI() == null) {
				object.put(attribute.getLocalName(), attribute.getValue());
			}
		}
		return object;
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				children.add(e);
			}
		}
		return children;
	}

}
