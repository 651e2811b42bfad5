package com.akeneokhaos.sandbox.akeneo;

import java.util.List;

/**
 * One PATCH the {@link AkeneoSimulator} answered on {@code products-uuid}, for assertions on what a client wrote:
 * what it sent and what became of each line.
 *
 * @param path the request path: {@code /api/rest/v1/products-uuid} for the collection PATCH, or one product's
 * @param status the status of the whole response (200 for a collection answered line by line)
 * @param lines the body as sent: the collection's lines, or the single PATCH's body as one line
 * @param outcomes for a collection answered 200, one per line in order; for a single PATCH that reached the product
 *        update (201, 204 or 422), that answer; empty when the request was refused as a whole (an injected fault, a
 *        401, 413 or 415...)
 */
public record RecordedPatch(String path, int status, List<String> lines, List<Outcome> outcomes) {

	public RecordedPatch {
		lines = List.copyOf(lines);
		outcomes = List.copyOf(outcomes);
	}

	/** Whether this was the collection PATCH, whose body is one product per line. */
	public boolean collection() {
		return ProductPatchEndpoint.isCollection(path);
	}

	/**
	 * What became of one line.
	 *
	 * @param line the 1-based line number
	 * @param uuid the product's uuid as answered (lower case), or null for a line without one
	 * @param statusCode 204 updated, 201 created, or the status of the refusal
	 * @param message Akeneo's reason for a refusal, or null
	 * @param errors the messages of a 422 {@code Validation failed.}'s {@code errors}, in order
	 */
	public record Outcome(int line, String uuid, int statusCode, String message, List<String> errors) {

		public Outcome {
			errors = List.copyOf(errors);
		}

	}

}
