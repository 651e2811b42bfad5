package com.akeneokhaos.akeneo;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Akeneo refused a request with a client error that retrying cannot fix (any 4xx but 408 and 429, or a
 * 401 that persists after a token refresh). Carries Akeneo's own {@code message} and, for a 422, the
 * {@code errors} list, so that callers can record a per-item failure with a readable reason.
 */
public class AkeneoApiException extends RuntimeException {

	private final int status;

	private final String path;

	private final @Nullable String akeneoMessage;

	private final List<FieldError> errors;

	public AkeneoApiException(int status, String path, @Nullable String akeneoMessage, List<FieldError> errors) {
		super(describe(status, path, akeneoMessage, errors));
		this.status = status;
		this.path = path;
		this.akeneoMessage = akeneoMessage;
		this.errors = List.copyOf(errors);
	}

	public int status() {
		return status;
	}

	/** The request path, without host or query string. */
	public String path() {
		return path;
	}

	public @Nullable String akeneoMessage() {
		return akeneoMessage;
	}

	/** The {@code errors} of a 422 response; empty for other statuses. */
	public List<FieldError> errors() {
		return errors;
	}

	private static String describe(int status, String path, @Nullable String message, List<FieldError> errors) {
		String text = "Akeneo answered " + status + " for " + path + ((message != null) ? ": " + message : "");
		return errors.isEmpty() ? text
				: text + " [" + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")) + "]";
	}

	/**
	 * One validation error of a 422 response.
	 *
	 * @param property the offending property, e.g. {@code values} or {@code identifier}
	 * @param attribute the attribute code when the error is about a value
	 */
	public record FieldError(@Nullable String property, String message, @Nullable String attribute,
			@Nullable String locale, @Nullable String scope) {

		@Override
		public String toString() {
			String where = (attribute != null) ? attribute : property;
			return (where != null) ? where + ": " + message : message;
		}

	}

}
