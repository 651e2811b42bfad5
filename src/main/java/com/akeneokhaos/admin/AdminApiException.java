package com.akeneokhaos.admin;

import org.springframework.http.HttpStatus;

/**
 * A refused admin API request: the status to answer and one sentence saying why, which the caller sees as
 * {@code {"error": "..."}} (see {@link AdminErrors}).
 */
final class AdminApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	AdminApiException(HttpStatus status, String message) {
		super(sentence(message));
		this.status = status;
	}

	static AdminApiException badRequest(String message) {
		return new AdminApiException(HttpStatus.BAD_REQUEST, message);
	}

	static AdminApiException notFound(String message) {
		return new AdminApiException(HttpStatus.NOT_FOUND, message);
	}

	static AdminApiException conflict(String message) {
		return new AdminApiException(HttpStatus.CONFLICT, message);
	}

	HttpStatus status() {
		return status;
	}

	private static String sentence(String message) {
		return (message.endsWith(".") || message.endsWith("?")) ? message : message + ".";
	}

}
