package com.akeneokhaos.khaos;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * EndpointConfig, the channel's configuration URL: JSON by default, XML when asked for with
 * {@code Accept: application/xml}, {@code ?format=xml} or the {@code EndpointConfig.xml} path.
 */
@RestController
class EndpointConfigEndpoint {

	private final ChannelProperties properties;

	private final JsonMapper json;

	EndpointConfigEndpoint(ChannelProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
	}

	@GetMapping({ "/EndpointConfig", "/EndpointConfig.json" })
	ResponseEntity<String> endpointConfig(
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			@RequestParam(name = "format", required = false) @Nullable String format) {
		if ("xml".equalsIgnoreCase(format) || (format == null && prefersXml(accept))) {
			return xml();
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new EndpointConfig(properties).json(json));
	}

	@GetMapping("/EndpointConfig.xml")
	ResponseEntity<String> xml() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(new EndpointConfig(properties).xml());
	}

	private static boolean prefersXml(@Nullable String accept) {
		if (accept == null) {
			return false;
		}
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (type.getSubtype().endsWith("json")) {
					return false;
				}
				if (type.getSubtype().endsWith("xml")) {
					return true;
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			// an unreadable Accept header gets the default
		}
		return false;
	}

}
