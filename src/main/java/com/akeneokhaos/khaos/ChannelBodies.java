package com.akeneokhaos.khaos;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a request body into a JSON tree, or refuses it with a short reason: a body in a format other than
 * JSON or XML is refused (415) by its {@code Content-Type}, and one that is not what its type says is a bad
 * request (400). Without a type, the body's first character decides. Decimals are read as decimals (never
 * through {@code double}), and nesting is capped in both formats.
 */
final class ChannelBodies {

	/** KCC's bodies nest a few levels; anything deeper than this is refused before it is walked. */
	static final int MAX_DEPTH = 32;

	private static final MediaType[] JSON_TYPES = { MediaType.APPLICATION_JSON, MediaType.valueOf("text/json"),
			MediaType.valueOf("application/*+json") };

	private static final MediaType[] XML_TYPES = { MediaType.APPLICATION_XML, MediaType.TEXT_XML,
			MediaType.valueOf("application/*+xml") };

	private final JsonMapper json = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
			.build())
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	JsonNode parse(byte[] body, @Nullable String contentType) {
		boolean xml = (contentType == null || contentType.isBlank()) ? XmlBodies.looksLikeXml(body)
				: isXml(contentType);
		return xml ? XmlBodies.parse(body) : parseJson(body);
	}

	/** Whether a declared type is XML; a type that is neither XML nor JSON is refused. */
	private static boolean isXml(String contentType) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			throw ChannelRequestException.unsupportedType(contentType);
		}
		if (includedIn(type, XML_TYPES)) {
			return true;
		}
		if (includedIn(type, JSON_TYPES)) {
			return false;
		}
		throw ChannelRequestException.unsupportedType(contentType);
	}

	private static boolean includedIn(MediaType type, MediaType[] supported) {
		for (MediaType candidate : supported) {
			if (candidate.includes(type)) {
				return true;
			}
		}
		return false;
	}

	private JsonNode parseJson(byte[] body) {
		try {
			JsonNode root = json.readTree(body);
			if (root == null || root.isMissingNode()) {
				throw ChannelRequestException.badRequest("Request body is empty");
			}
			return root;
		}
		catch (StreamConstraintsException ex) {
			throw ChannelRequestException.badRequest("Request body is nested deeper than " + MAX_DEPTH + " levels");
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null) ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "";
			throw ChannelRequestException.badRequest("Request body is not valid JSON" + where);
		}
	}

}
