package com.akeneokhaos.admin;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a start request, {@code {"parameters": {"name": "value"}}} (optional, as is the body), read into job
 * parameters the way the CLI reads {@code run <job> name=value}: a string stays a string parameter, a whole number
 * becomes a long, {@code true}/{@code false} the string the CLI would pass; each identifies the run, and a
 * {@code run.id} (the time of the request) makes every start a new job instance. Anything else is refused with one
 * sentence before anything starts.
 */
final class StartRequest {

	static final String RUN_ID = "run.id";

	private static final ObjectReader READER = JsonMapper.shared()
		.readerFor(JsonNode.class)
		.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private StartRequest() {
	}

	/** The job parameters a request body asks for, with a new {@code run.id}. */
	static JobParameters parameters(@Nullable String body) {
		JobParametersBuilder builder = new JobParametersBuilder();
		JsonNode parameters = parametersOf(body);
		for (Map.Entry<String, JsonNode> parameter : parameters.properties()) {
			add(builder, parameter.getKey(), parameter.getValue());
		}
		return builder.addLong(RUN_ID, System.currentTimeMillis()).toJobParameters();
	}

	private static JsonNode parametersOf(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return JsonMapper.shared().createObjectNode();
		}
		JsonNode request = read(body);
		if (!request.isObject()) {
			throw AdminApiException
				.badRequest("The body must be a JSON object such as {\"parameters\": {\"name\": \"value\"}}.");
		}
		for (String property : request.propertyNames()) {
			if (!property.equals("parameters")) {
				throw AdminApiException
					.badRequest("The body may hold only \"parameters\", it holds \"" + property + "\".");
			}
		}
		JsonNode parameters = request.path("parameters");
		if (parameters.isMissingNode()) {
			return JsonMapper.shared().createObjectNode();
		}
		if (!parameters.isObject()) {
			throw AdminApiException.badRequest("\"parameters\" must be a JSON object of names and values.");
		}
		return parameters;
	}

	private static JsonNode read(String body) {
		try {
			return READER.readValue(body);
		}
		catch (JacksonException ex) {
			throw AdminApiException.badRequest("The body is not well-formed JSON: " + ex.getOriginalMessage());
		}
	}

	private static void add(JobParametersBuilder builder, String name, JsonNode value) {
		if (name.isBlank()) {
			throw AdminApiException.badRequest("A job parameter needs a name.");
		}
		if (value.isString()) {
			builder.addString(name, value.stringValue());
		}
		else if (value.isIntegralNumber() && value.canConvertToLong()) {
			builder.addLong(name, value.longValue());
		}
		else if (value.isBoolean()) {
			builder.addString(name, String.valueOf(value.booleanValue()));
		}
		else {
			throw AdminApiException.badRequest(
					"Job parameter '" + name + "' must be a string, a whole number or true/false, was " + value + ".");
		}
	}

}
