package com.akeneokhaos.sandbox.akeneo;

/** Aborts a simulated request with a ready response, usually an Akeneo error body {@code {"code","message"}}. */
final class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient ApiResponse response;

	ApiException(ApiResponse response) {
		super(null, null, false, false);
		this.response = response;
	}

	ApiException(int status, String message) {
		this(ApiResponse.error(status, message));
	}

	static ApiException unprocessable(String message) {
		return new ApiException(422, message);
	}

	static ApiException notFound(String message) {
		return new ApiException(404, message);
	}

	ApiResponse toResponse() {
		return response;
	}

}
