package com.akeneokhaos.khaos;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns a request body into a JSON tree, or refuses it with a short reason. */
final class ChannelBodies {

	private final JsonMapper json;

	ChannelBodies(JsonMapper json) {
		this.json = json;
	}

	JsonNode parse(byte[] body) {
		if (XmlBodies.looksLikeXml(body)) {
			return XmlBodies.parse(body);
		}
		try {
			JsonNode root = json.readTree(body);
			if (root == null || root.isMissingNode()) {
				throw ChannelRequestException.badRequest("Request body is empty");
			}
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null) ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "";
			throw ChannelRequestException.badRequest("Request body is not valid JSON" + where);
		}
	}

}
