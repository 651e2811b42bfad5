package com.akeneokhaos.khaos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import tools.jackson.databind.JsonNode;

/**
 * Reads KCC's XML bodies ({@code <StockItems>}, {@code <StockStatuses>}) into the same tree shape as their
 * JSON form, so one set of checks serves both. DTDs and external entities are refused.
 */
final class XmlBodies {

	/** Elements that KCC serialises as lists: their children become array elements. */
	static final Set<String> LISTS = Set.of("Items", "Deleted", "Statuses", "Barcodes", "Images", "SupplierInfo",
			"UserDefinedFields", "ListingPrices", "CustomOptions", "Headings", "SCSValues", "SCSDescriptions",
			"Relationships", "Linked");

	/** The JDK parser's own depth limit: a deeper document fails while it is read, before any tree is built. */
	private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

	private XmlBodies() {
	}

	static boolean looksLikeXml(byte[] body) {
		int i = (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB) ? 3 : 0;
		while (i < body.length && Character.isWhitespace(body[i])) {
			i++;
		}
		return i < body.length && body[i] == '<';
	}

	static JsonNode parse(byte[] body) {
		try {
			Document document = builder().parse(new ByteArrayInputStream(body));
			return XmlTree.convert(document.getDocumentElement());
		}
		catch (SAXParseException ex) {
			String why = (ex.getMessage() != null && ex.getMessage().contains("maxElementDepth"))
					? "is nested deeper than " + ChannelBodies.MAX_DEPTH + " levels" : "is not valid XML";
			throw ChannelRequestException.badRequest("Request body " + why + " at line " + ex.getLineNumber()
					+ ", column " + ex.getColumnNumber());
		}
		catch (SAXException | IOException ex) {
			throw ChannelRequestException.badRequest("Request body is not valid XML");
		}
	}

	private static DocumentBuilder builder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setAttribute(MAX_ELEMENT_DEPTH, ChannelBodies.MAX_DEPTH);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(SAXParseException ex) throws SAXException {
					throw ex;
				}
			});
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK XML parser cannot be made safe", ex);
		}
	}

}
