package com.akeneokhaos.akeneo;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What Akeneo did with one line of a collection PATCH ({@link AkeneoClient#patchProducts}). Akeneo answers every
 * line on its own, so each must be checked: a refused line (a 422 with Akeneo's reasons) leaves the other lines of
 * the request applied.
 *
 * @param line the 1-based position of the line in the list given to {@link AkeneoClient#patchProducts}, whatever
 *        request carried it
 * @param uuid the product's uuid as Akeneo answered it (lower case), else as sent; null for a line sent without one
 * @param statusCode 204 updated, 201 created, a 4xx when refused (422 for invalid data: see {@code message} and
 *        {@code errors}), or {@link #NO_ANSWER}
 * @param message Akeneo's reason for a refusal, e.g. {@code The khaos_status attribute does not exist in your PIM.
 *        Check the expected format on the API documentation.} or {@code Validation failed.}; null when applied
 * @param errors the validation errors of a {@code Validation failed.} refusal, each naming its attribute, locale and
 *        scope; empty otherwise
 */
public record PatchLine(int line, @Nullable String uuid, int statusCode, @Nullable String message,
		List<AkeneoApiException.FieldError> errors) {

	/**
	 * The status of a line Akeneo's answer says nothing about: the answer stopped early (Akeneo streams it line by
	 * line, so a failure after the first lines cannot change the 200 it has sent). The line may or may not have been
	 * applied; sending it again is safe.
	 */
	public static final int NO_ANSWER = 0;

	public PatchLine {
		errors = List.copyOf(errors);
	}

	/** Whether Akeneo applied the line: it updated (204) or created (201) the product. */
	public boolean applied() {
		return statusCode >= 200 && statusCode < 300;
	}

	/**
	 * A readable account of a refused line for a per-item failure record, e.g. {@code 422 Validation failed.
	 * [khaos_status: The maybe value is not in the khaos_status attribute option list.]}; for an applied line, its
	 * status alone.
	 */
	public String reason() {
		String text = (statusCode == NO_ANSWER) ? "no answer" : Integer.toString(statusCode);
		if (message != null) {
			text += ((statusCode == NO_ANSWER) ? ": " : " ") + message;
		}
		return errors.isEmpty() ? text
				: text + " [" + errors.stream().map(AkeneoApiException.FieldError::toString)
					.collect(Collectors.joining("; ")) + "]";
	}

}
