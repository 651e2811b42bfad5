package com.akeneokhaos.akeneo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Turns an error status that was not retried into an {@link AkeneoApiException} with Akeneo's reasons. */
final class ApiErrorHandler implements RestClient.ResponseSpec.ErrorHandler {

	private final JsonMapper json;

	ApiErrorHandler(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
		JsonNode body = read(response);
		throw new AkeneoApiException(response.getStatusCode().value(), request.getURI().getRawPath(),
				JsonReading.text(body, "message"), errors(body));
	}

	private JsonNode read(ClientHttpResponse response) throws IOException {
		try (InputStream body = response.getBody()) {
			byte[] bytes = body.readAllBytes();
			return (bytes.length == 0) ? MissingNode.getInstance() : json.readTree(bytes);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/** The {@code errors} of a 422 body (or of a collection PATCH line), empty when there are none. */
	static List<AkeneoApiException.FieldError> errors(JsonNode body) {
		return body.path("errors").valueStream()
			.map(error -> new AkeneoApiException.FieldError(JsonReading.text(error, "property"),
					String.valueOf(JsonReading.text(error, "message")), JsonReading.text(error, "attribute"),
					JsonReading.text(error, "locale"), JsonReading.text(error, "scope")))
			.toList();
	}

}
